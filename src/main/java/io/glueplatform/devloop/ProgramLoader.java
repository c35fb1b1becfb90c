package io.glueplatform.devloop;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Loads the program ({@code io.glueplatform.*}, except this package) afresh from one compiled generation,
 * child-first, and everything else from the server's class loader. The split matters: the jsii runtime is
 * a process-wide singleton tied to the loader of {@code software.amazon.jsii}, so cdktf, constructs, the AWS
 * provider and jsii must come from the parent (loaded once, the expensive part), while the program's own
 * classes (and their static state) are new for every synth.
 */
final class ProgramLoader extends URLClassLoader {

    private static final String PROGRAM = "io.glueplatform.";
    private static final String SERVER = ProgramLoader.class.getPackageName() + ".";

    private ProgramLoader(URL[] urls, ClassLoader parent) {
        super("glue-platform-program", urls, parent);
    }

    static ProgramLoader over(Path classes, ClassLoader parent) {
        return over(List.of(classes), parent);
    }

    /**
     * Over a compiled generation and the program's resource folder ({@code src/main/resources}): resources under
     * {@code io/glueplatform/} (e.g. the rule catalog's metadata files) are then read as they are now, like the classes,
     * not as the last {@code make build} copied them.
     */
    static ProgramLoader over(Path classes, Path resources, ClassLoader parent) {
        return over(List.of(resources, classes), parent); // resources first: a copy in classes may be stale
    }

    private static ProgramLoader over(List<Path> folders, ClassLoader parent) {
        URL[] urls = new URL[folders.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = folders.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(folders.get(i).toString(), e);
            }
        }
        return new ProgramLoader(urls, parent);
    }

    private static boolean program(String className) {
        return className.startsWith(PROGRAM) && !className.startsWith(SERVER);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!program(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = findClass(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        if (name.startsWith(PROGRAM.replace('.', '/')) && !name.startsWith(SERVER.replace('.', '/'))) {
            URL own = findResource(name);
            if (own != null) {
                return own;
            }
        }
        return super.getResource(name);
    }

    /**
     * {@code io.glueplatform.Main.run(args, environment, workDir, err)} in a fresh loader over {@code classes} and
     * {@code resources}; returns its exit status.
     */
    static int synth(Path classes, Path resources, String[] args, Map<String, String> environment, Path workDir, PrintStream err)
            throws ReflectiveOperationException, IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (ProgramLoader loader = over(classes, resources, ProgramLoader.class.getClassLoader())) {
            thread.setContextClassLoader(loader);
            Class<?> environmentClass = loader.loadClass("io.glueplatform.config.ProcessEnvironment");
            Object programEnvironment = environmentClass.getMethod("of", Map.class).invoke(null, environment);
            Method run = loader.loadClass("io.glueplatform.Main")
                    .getMethod("run", String[].class, environmentClass, Path.class, PrintStream.class);
            try {
                return (int) run.invoke(null, args, programEnvironment, workDir, err);
            } catch (InvocationTargetException e) {
                // What a cold JVM would print for an uncaught exception, and its exit status.
                err.print("Exception in thread \"main\" ");
                e.getCause().printStackTrace(err);
                return 1;
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
