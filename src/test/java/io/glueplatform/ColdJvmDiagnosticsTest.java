package io.glueplatform;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What a cold JVM says about itself: the class-data archive it was given but does not use, and PLATFORM_SYNTH_TIMING. */
class ColdJvmDiagnosticsTest {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    private String printed() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anArchiveTheJvmSharesIsNotMentioned() {
        Main.warnIfClassDataArchiveUnused("target/cds/synth.jsa", "mixed mode, sharing", err);
        assertThat(printed()).isEmpty();
    }

    @Test
    void anArchiveTheJvmIgnoredIsNamedOnceWithTheWayToRebuildIt() {
        Main.warnIfClassDataArchiveUnused("target/cds/synth.jsa", "mixed mode", err);
        assertThat(printed().lines()).containsExactly("synth: class-data archive target/cds/synth.jsa does not fit this JVM and its"
                + " jars (stale or damaged); synthesizing without it (rm -rf target/cds && make build rebuilds it)");
    }

    @Test
    void noArchiveGivenMeansNothingToSay() {
        Main.warnIfClassDataArchiveUnused(null, "mixed mode", err);
        assertThat(printed()).isEmpty();
    }

    @Test
    void timingIsSilentUnlessSwitchedOn() {
        for (String value : new String[]{null, "", "0", "yes"}) {
            SynthTiming timing = SynthTiming.of(value);
            timing.jvmStartup();
            timing.mark("configuration");
            timing.mark(() -> {
                throw new AssertionError("a phase name is not computed while timing is off");
            });
            timing.print(err);
        }
        assertThat(printed()).isEmpty();
    }

    @Test
    void timingPrintsOneLinePerPhaseInOrder() {
        SynthTiming timing = SynthTiming.of("1");
        timing.jvmStartup();
        timing.mark("configuration");
        timing.mark(() -> "build dev");
        timing.print(err);
        assertThat(printed().lines()).hasSize(3)
                .allSatisfy(line -> assertThat(line).startsWith("synth-timing: ").matches(".* \\d+ ms"));
        assertThat(printed().lines().map(line -> line.substring("synth-timing: ".length(), 42).strip()))
                .containsExactly("jvm start to main", "configuration", "build dev");
    }

    @Test
    void eachPhaseAfterStartUpSaysWhereItsCpuTimeWentJavaOrNode() throws Exception {
        SynthTiming timing = SynthTiming.of("1");
        timing.jvmStartup();
        // CPU time, not wall time: the test JVM shares two cores with other tests
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long spinUntil = threads.getCurrentThreadCpuTime() + 60_000_000;
        while (threads.getCurrentThreadCpuTime() < spinUntil) {
            Thread.onSpinWait(); // this thread's CPU time, which the phase's java column counts
        }
        timing.mark("configuration");
        // a node that burns CPU stands in for jsii's, which the node column counts; a child that is not node (the
        // synths other tests of this JVM start) does not count
        Process child = new ProcessBuilder("node", "-e", "for (;;) {}").start();
        Process other = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        long nodeCpu;
        try {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (cpuMillisOf(child.pid()) < 150 || cpuMillisOf(other.pid()) < 150) {
                assertThat(System.nanoTime()).as("both children used 150 ms of CPU within 30 s").isLessThan(deadline);
                Thread.sleep(50);
            }
            timing.mark("build dev");
            nodeCpu = cpuMillisOf(child.pid());
        } finally {
            other.destroyForcibly();
            child.destroy();
            child.waitFor();
        }
        timing.print(err);
        List<String> lines = printed().lines().toList();
        assertThat(lines.get(0)).doesNotContain("cpu:");
        assertThat(column(lines.get(1), "java")).isGreaterThanOrEqualTo(50);
        assertThat(column(lines.get(2), "java")).isLessThan(100);
        assertThat(column(lines.get(2), "node")).isGreaterThanOrEqualTo(150)
                .as("the node child's CPU, not the other child's too").isLessThanOrEqualTo(nodeCpu);
    }

    /** User and system CPU time of a process, from /proc (clock ticks of 10 ms). */
    private static long cpuMillisOf(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    private static long column(String line, String name) {
        Matcher matcher = Pattern.compile("cpu: java +(\\d+) ms, node +(\\d+) ms$").matcher(line);
        assertThat(matcher.find()).as(line).isTrue();
        return Long.parseLong(matcher.group(name.equals("java") ? 1 : 2));
    }
}
