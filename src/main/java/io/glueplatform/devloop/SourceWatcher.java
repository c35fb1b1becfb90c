package io.glueplatform.devloop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders recursively (Java's WatchService: inotify on Linux) and reports a batch of changes once
 * they have been quiet for {@value #QUIET_MILLIS} ms, so an editor's save (write + rename + attribute
 * change) triggers one synth, not three.
 */
final class SourceWatcher {

    static final long QUIET_MILLIS = 120;

    private SourceWatcher() {
    }

    static void start(Iterable<Path> roots, Consumer<String> onChange) throws IOException {
        WatchService service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                register(service, root);
            }
        }
        Thread thread = new Thread(() -> loop(service, onChange), "source-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private static void register(WatchService service, Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private static void loop(WatchService service, Consumer<String> onChange) {
        try {
            while (true) {
                Set<String> changed = new TreeSet<>();
                WatchKey key = service.take();
                do {
                    collect(service, key, changed);
                    key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                } while (key != null);
                changed.removeIf(name -> name.contains("__pycache__") || name.endsWith("~") || name.startsWith("."));
                if (!changed.isEmpty()) {
                    onChange.accept("after a change to " + String.join(", ", changed));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void collect(WatchService service, WatchKey key, Set<String> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name) {
                Path path = dir.resolve(name);
                changed.add(name.toString());
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                    try {
                        register(service, path);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        key.reset();
    }
}
