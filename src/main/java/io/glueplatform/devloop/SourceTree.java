package io.glueplatform.devloop;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The program's sources ({@code src/main/java}) and their compilation into one generation folder per
 * change. javac runs inside the server's JVM, so it is warm after the first compile. A change is compiled
 * incrementally: the previous generation is copied, the classes of changed files are removed, and the
 * changed files are compiled together with every file that names one of their classes (so a changed
 * constant or signature reaches the classes that use it). A deleted file, or a change touching more than
 * a quarter of the tree, recompiles everything. The background verification of the server compiles the
 * whole tree on its own, from a copy of exactly these sources, and would catch anything this misses.
 */
final class SourceTree {

    /** What a source tree looked like: file → (size, mtime). Equal snapshots mean nothing to recompile. */
    record Snapshot(Map<Path, String> files) {
    }

    /** A compiled generation, or the compiler's messages when it failed. */
    record Generation(int number, Path classes, Snapshot snapshot, String errors, int compiledFiles) {
        boolean compiled() {
            return errors == null;
        }
    }

    private final Path sources;
    private final Path generations;
    private final String classpath;
    private final JavaCompiler compiler;
    /** Kept open between compiles: it caches the index of the (large) provider jar on the classpath. */
    private final StandardJavaFileManager files;
    private final DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    private int counter;

    SourceTree(Path sources, Path generations, String classpath) {
        this.sources = sources;
        this.generations = generations;
        this.classpath = classpath;
        this.compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler in this runtime (" + System.getProperty("java.home")
                    + "); the synth server needs a JDK, not a JRE");
        }
        this.files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
    }

    Path root() {
        return sources;
    }

    Snapshot snapshot() {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                files.put(file, attributes.size() + "@" + attributes.lastModifiedTime().toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sources, e);
        }
        return new Snapshot(files);
    }

    /** Compiles the whole current tree into a new generation folder. */
    Generation compile() {
        Snapshot snapshot = snapshot();
        Path out = newGenerationFolder();
        return run(snapshot, out, snapshot.files().keySet());
    }

    /** The generation for the current tree, compiled incrementally from {@code previous} where that is safe. */
    Generation update(Generation previous) {
        Snapshot snapshot = snapshot();
        Set<Path> changed = new TreeSet<>();
        snapshot.files().forEach((file, stamp) -> {
            if (!stamp.equals(previous.snapshot().files().get(file))) {
                changed.add(file);
            }
        });
        boolean deleted = !snapshot.files().keySet().containsAll(previous.snapshot().files().keySet());
        if (!previous.compiled() || deleted || changed.size() * 4 > snapshot.files().size()) {
            return compile();
        }
        Set<Path> units = new TreeSet<>(changed);
        Set<String> names = new TreeSet<>();
        changed.forEach(file -> names.add(simpleName(file)));
        Pattern uses = Pattern.compile("\\b(" + String.join("|", names) + ")\\b");
        for (Path file : snapshot.files().keySet()) {
            if (!units.contains(file) && uses.matcher(read(file)).find()) {
                units.add(file);
            }
        }
        Path out = newGenerationFolder();
        try {
            OutputTrees.copy(previous.classes(), out);
            for (Path unit : units) {
                removeClassesOf(unit, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run(snapshot, out, units);
    }

    private Generation run(Snapshot snapshot, Path out, Set<Path> units) {
        int number = counter;
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try {
            files.flush();
            List<String> options = List.of("--release", "17", "-g", "-proc:none", "-encoding", "UTF-8",
                    "-implicit:none", "-cp", out + java.io.File.pathSeparator + classpath, "-d", out.toString());
            boolean ok = compiler.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(units)).call();
            if (!ok) {
                StringBuilder errors = new StringBuilder();
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    if (d.getKind() == Diagnostic.Kind.ERROR) {
                        errors.append(d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                                .append(d.getMessage(Locale.ROOT)).append('\n');
                    }
                }
                return new Generation(number, out, snapshot, errors.toString(), units.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Generation(number, out, snapshot, null, units.size());
    }

    private Path newGenerationFolder() {
        Path out = generations.resolve("gen-" + ++counter);
        try {
            deleteTree(out);
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Removes Foo.class and Foo$*.class of source file Foo.java from a classes folder. */
    private void removeClassesOf(Path source, Path classes) throws IOException {
        Path relative = sources.relativize(source);
        Path dir = classes.resolve(relative.getParent() == null ? "" : relative.getParent().toString());
        String name = simpleName(source);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.toList()) {
                String fileName = file.getFileName().toString();
                if (fileName.equals(name + ".class") || fileName.startsWith(name + "$")) {
                    Files.delete(file);
                }
            }
        }
    }

    private static String simpleName(Path source) {
        String fileName = source.getFileName().toString();
        return fileName.substring(0, fileName.length() - ".java".length());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every generation folder but {@code keep}'s. */
    void prune(Generation keep) throws IOException {
        try (Stream<Path> list = Files.list(generations)) {
            for (Path dir : list.filter(p -> p.getFileName().toString().startsWith("gen-")).toList()) {
                if (!dir.equals(keep.classes())) {
                    deleteTree(dir);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
