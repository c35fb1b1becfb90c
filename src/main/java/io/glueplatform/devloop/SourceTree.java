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
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The program's sources ({@code src/main/java}) and their compilation into one generation folder per
 * change. javac runs inside the server's JVM, so after the first compile it is warm (a full recompile of
 * the tree then takes well under a second, against seconds for {@code mvn compile}'s own startup).
 * Always the whole tree: an incremental compile could keep a stale constant in a class that was not
 * recompiled, and the server must never serve what a cold build would not produce.
 */
final class SourceTree {

    /** What a source tree looked like: file → (size, mtime). Equal snapshots mean nothing to recompile. */
    record Snapshot(Map<Path, String> files) {
    }

    /** A compiled generation, or the compiler's messages when it failed. */
    record Generation(int number, Path classes, Snapshot snapshot, String errors) {
        boolean compiled() {
            return errors == null;
        }
    }

    private final Path sources;
    private final Path generations;
    private final String classpath;
    private final JavaCompiler compiler;
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

    /** Compiles the current tree into a new generation folder; the previous generation stays usable. */
    Generation compile() {
        Snapshot snapshot = snapshot();
        int number = ++counter;
        Path out = generations.resolve("gen-" + number);
        try {
            deleteTree(out);
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(snapshot.files().keySet());
            List<String> options = List.of("--release", "17", "-g", "-proc:none", "-encoding", "UTF-8",
                    "-implicit:none", "-cp", classpath, "-d", out.toString());
            boolean ok = compiler.getTask(null, files, diagnostics, options, null, units).call();
            if (!ok) {
                StringBuilder errors = new StringBuilder();
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    if (d.getKind() == Diagnostic.Kind.ERROR) {
                        errors.append(d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                                .append(d.getMessage(Locale.ROOT)).append('\n');
                    }
                }
                return new Generation(number, out, snapshot, errors.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Generation(number, out, snapshot, null);
    }

    /** Removes generation folders other than {@code keep}'s (a request may still be loading from it). */
    void prune(Generation keep) throws IOException {
        if (!Files.isDirectory(generations)) {
            return;
        }
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
