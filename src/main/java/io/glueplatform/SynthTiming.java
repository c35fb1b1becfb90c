package io.glueplatform;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where a synth's time goes, phase by phase, when PLATFORM_SYNTH_TIMING=1 (bench/ and issue 14's profile use it);
 * otherwise every call is a no-op. The first line is the JVM's own start-up (process start to {@code main}),
 * which only a cold run has. Beside each phase's wall time: the CPU time of the thread that ran it and of jsii's Node
 * (this JVM's child processes running node). Java and Node take turns on every jsii call, so the two show which side
 * a phase's time went to; the JVM's other threads (the checks, the compiler, the collector) are in neither column.
 */
final class SynthTiming {

    private static final SynthTiming OFF = new SynthTiming(false);
    /** USER_HZ: 100 on every Linux architecture the JVM runs on (sysconf(_SC_CLK_TCK)). */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final boolean enabled;
    private final List<String> phases = new ArrayList<>();
    private long last;
    private long lastCpu;
    /** CPU milliseconds of each Node child at the previous mark (a warm server's Node predates the run). */
    private Map<Long, Long> lastNodeCpu = Map.of();

    private SynthTiming(boolean enabled) {
        this.enabled = enabled;
        this.last = System.nanoTime();
        if (enabled) {
            this.lastCpu = threadCpuNanos();
            this.lastNodeCpu = nodeChildrenCpuMillis();
        }
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
            long cpu = threadCpuNanos();
            Map<Long, Long> node = nodeChildrenCpuMillis();
            // a Node started during the phase counts from its start; one that ended during it, not at all (its last
            // readings are gone with it)
            long nodeMillis = node.entrySet().stream()
                .mapToLong(child -> Math.max(0, child.getValue() - lastNodeCpu.getOrDefault(child.getKey(), 0L)))
                .sum();
            phases.add(String.format("%-28s %6d ms   cpu: java %4d ms, node %4d ms", phase, (now - last) / 1_000_000,
                (cpu - lastCpu) / 1_000_000, nodeMillis));
            last = now;
            lastCpu = cpu;
            lastNodeCpu = node;
        }
    }

    /** Like {@link #mark(String)}; the name is only computed when timing is on (it may cost a jsii round trip). */
    void mark(Supplier<String> phase) {
        if (enabled) {
            mark(phase.get());
        }
    }

    private static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /**
     * User and system CPU time of each child process of this JVM that runs node or nodejs (jsii's), by process id, from
     * Linux's /proc; empty elsewhere. Other children (a synth's own JVMs in tests, a verification run) do not count.
     */
    private static Map<Long, Long> nodeChildrenCpuMillis() {
        Map<Long, Long> cpu = new HashMap<>();
        ProcessHandle.current().children()
            .filter(child -> child.info().command().map(command -> Path.of(command).getFileName().toString().startsWith("node"))
                .orElse(false))
            .forEach(child -> {
                try {
                    String stat = Files.readString(Path.of("/proc", Long.toString(child.pid()), "stat"));
                    // fields 14 and 15 (utime, stime) in clock ticks, counted after the command name, which may hold spaces
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    cpu.put(child.pid(), (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / CLOCK_TICKS_PER_SECOND);
                } catch (IOException | RuntimeException e) {
                    // not Linux, or the child has just ended
                }
            });
        return cpu;
    }

    void print(PrintStream err) {
        if (enabled) {
            phases.forEach(line -> err.println("synth-timing: " + line));
        }
    }
}
