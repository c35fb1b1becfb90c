package io.glueplatform;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where a synth's time goes, phase by phase, when PLATFORM_SYNTH_TIMING=1 (bench/ and issue 14's profile use it);
 * otherwise every call is a no-op. The first line is the JVM's own start-up (process start to {@code main}),
 * which only a cold run has.
 */
final class SynthTiming {

    private static final SynthTiming OFF = new SynthTiming(false);

    private final boolean enabled;
    private final List<String> phases = new ArrayList<>();
    private long last;

    private SynthTiming(boolean enabled) {
        this.enabled = enabled;
        this.last = System.nanoTime();
    }

    static SynthTiming of(String switchValue) {
        return "1".equals(switchValue) ? new SynthTiming(true) : OFF;
    }

    /** Records the JVM's start-up until now (a cold run's process start to main). */
    void jvmStartup() {
        if (enabled) {
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            phases.add(String.format("%-28s %6d ms", "jvm start to main", sinceStart));
            last = System.nanoTime();
        }
    }

    /** Closes the phase that ran since the previous mark. */
    void mark(String phase) {
        if (enabled) {
            long now = System.nanoTime();
            phases.add(String.format("%-28s %6d ms", phase, (now - last) / 1_000_000));
            last = now;
        }
    }

    /** Like {@link #mark(String)}; the name is only computed when timing is on (it may cost a jsii round trip). */
    void mark(Supplier<String> phase) {
        if (enabled) {
            mark(phase.get());
        }
    }

    void print(PrintStream err) {
        if (enabled) {
            phases.forEach(line -> err.println("synth-timing: " + line));
        }
    }
}
