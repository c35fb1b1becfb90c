package io.glueplatform.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that runs one of the program's entry points in a child JVM, as the cdktf CLI or make would: this
 * JVM's java and classpath. The child gets the flags of a short-lived JVM (C1 only, serial GC), which cut the CPU a
 * start costs by about a third (a cold synth: 8.5 s → 6.6 s of CPU on the CI machine kind) and change nothing the
 * program does; tests that start many JVMs (config errors, preflight, migration files) share the 2 cores.
 */
public final class JavaProcess {

    static final List<String> SHORT_LIVED_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private JavaProcess() {
    }

    /**
     * This JVM's java, given this JVM's temporary folder (target/ under surefire): jsii leaves the folder it extracts its
     * runtime into behind in every JVM it starts in, and /tmp would collect them.
     */
    public static List<String> java() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
    }

    public static List<String> command(Class<?> mainClass, String... arguments) {
        List<String> command = new ArrayList<>(java());
        command.addAll(SHORT_LIVED_JVM);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(arguments));
        return command;
    }
}
