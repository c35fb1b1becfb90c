package io.glueplatform.devloop;

import io.glueplatform.testing.JavaProcess;
import io.glueplatform.testing.Repo;
import io.glueplatform.testing.Tools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cold path's speed-ups must never change what it writes (issue 14): scripts/run-program.sh maps the class-data
 * archive of make build, and a missing, stale or damaged archive only costs time, with one line saying so. Also the
 * archive's own build (scripts/cds-archive.sh) explains a failed training synth and leaves no archive, and a jsii
 * runtime that cannot start (the preload of Main) is reported once. Tag {@code devloop}: cold JVMs (≈ 1 min).
 */
@Tag("devloop")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ColdSynthTest {

    private static final String WARNING = "class-data archive";

    @TempDir
    static Path temp;

    private Path reference;

    @BeforeAll
    void synthesizeWithTheArchiveOfMakeBuild() throws IOException {
        reference = temp.resolve("reference");
        // Every temporary folder the synth could use points into reference/tmp: the shell's (TMPDIR) and, unless
        // the script gives the JVM one of its own, the JVM's (JAVA_TOOL_OPTIONS).
        String tmp = Files.createDirectories(reference.resolve("tmp")).toString();
        Tools.Result result = cold(reference.resolve("out"), Map.of("TMPDIR", tmp, "JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp));
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(Repo.root().resolve("target/cds/synth.jsa")).as("make build's archive").isRegularFile();
        // run-program.sh passes the archive, and Main finds the JVM sharing it: no warning.
        assertThat(result.output()).doesNotContain(WARNING);
    }

    @Test
    void aSynthLeavesNothingInTheTemporaryFolder() throws IOException {
        // Each synth used to leave two folders in /tmp: jsii's extracted runtime (jsii-java-runtime*, emptied but not
        // removed) and the Glue library bundle's. run-program.sh now gives the JVM a folder of its own and removes it.
        try (var entries = Files.list(reference.resolve("tmp"))) {
            assertThat(entries.map(path -> path.getFileName().toString())).isEmpty();
        }
    }

    @Test
    void aJavaThatIsNotThereIsNamedWithExit127AndNothingWritten() {
        Path out = temp.resolve("no-java.out");
        Tools.Result result = cold(out, Map.of("JAVA", temp.resolve("no-such-jdk/bin/java").toString()));

        assertThat(result.exitCode()).as(result.output()).isEqualTo(127);
        assertThat(result.output().strip()).startsWith("synth: ").endsWith("was not found; install Java 17 or point JAVA at its java")
                .doesNotContain("No such file or directory");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingArchiveWarnsOnceAndSynthesizesTheSameStacks() throws IOException {
        synthesizesTheSameStacksWithOneWarning(temp.resolve("none.jsa"),
                "none.jsa is missing; synthesizing without it (make build rebuilds it)");
    }

    @Test
    void anArchiveWhoseTrainingFailedIsNamedWithWhenMakeBuildTriesAgain() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("failed-cds"));
        Files.writeString(folder.resolve(".failed"), "training\n");
        synthesizesTheSameStacksWithOneWarning(folder.resolve("synth.jsa"), "synth.jsa is missing: its training synth failed ("
                + folder.resolve("cds-archive.log") + "); synthesizing without it (make build tries again after the next change"
                + " to environments/, glue-scripts/ or src/main)");
    }

    @Test
    void aDamagedArchiveIsIgnoredByTheJvmWarnsOnceAndSynthesizesTheSameStacks() throws IOException {
        Path archive = Files.writeString(temp.resolve("damaged.jsa"), "not a class-data archive");
        synthesizesTheSameStacksWithOneWarning(archive, "damaged.jsa does not fit this JVM and its jars (stale or damaged);"
                + " synthesizing without it (rm -rf target/cds && make build rebuilds it)");
    }

    @Test
    void anArchiveOlderThanTheClasspathIsNotUsedWarnsOnceAndSynthesizesTheSameStacks() throws IOException {
        Path archive = Files.copy(Repo.root().resolve("target/cds/synth.jsa"), temp.resolve("stale.jsa"));
        Files.setLastModifiedTime(archive, FileTime.from(Instant.parse("2000-01-01T00:00:00Z")));
        synthesizesTheSameStacksWithOneWarning(archive,
                "stale.jsa is older than target/classpath.txt; synthesizing without it (make build rebuilds it)");
    }

    @Test
    void aFailedTrainingSynthLeavesNoArchiveAndSaysWhy() throws IOException {
        Path config = Files.createDirectories(temp.resolve("bad-environments"));
        Files.writeString(config.resolve("dev.json"), "{\"name\": ");
        Path archive = temp.resolve("cds/synth.jsa");
        Files.createDirectories(archive.getParent());
        Files.writeString(archive, "an archive of an earlier classpath");

        Tools.Result result = Tools.run(List.of("bash", Repo.root().resolve("scripts/cds-archive.sh").toString(), archive.toString()),
                Map.of("PLATFORM_CONFIG_DIR", config.toString()), Repo.root(), 5);

        // The build goes on (the archive is an optimization); the reason is one line, the training's output is logged.
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output().strip()).startsWith("make build: no class-data archive (the training synth failed; log: ")
                .endsWith("cold synths run without it until make build tries again, after the next change to environments/,"
                        + " glue-scripts/ or src/main")
                .doesNotContain("\n");
        assertThat(archive).doesNotExist();
        // What make reads to try again once the configuration or the program changes (and run-program.sh to say so).
        assertThat(temp.resolve("cds/.failed")).hasContent("training");
        assertThat(Files.readString(temp.resolve("cds/cds-archive.log"))).contains("invalid configuration");
    }

    @Test
    void aNodeThatIsNotThereIsNamedWithExit127AndNothingWritten() {
        Path out = temp.resolve("no-node");
        Tools.Result result = cold(out, Map.of("JSII_NODE", temp.resolve("no-such-node").toString()));

        assertThat(result.exitCode()).as(result.output()).isEqualTo(127);
        assertThat(result.output().strip()).startsWith("synth: " + temp.resolve("no-such-node"))
                .endsWith("was not found; install Node.js 18 or later or point JSII_NODE at its node").doesNotContain("\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void aJsiiRuntimeThatCannotStartIsReportedAndWritesNothing() throws IOException {
        // Past run-program.sh's check (a node that is there but cannot run jsii's kernel): the runtime's own reason
        // and the program's one line reach the terminal (in either order: jsii reads stderr on a thread of its own);
        // no stack trace, nothing written.
        Path out = temp.resolve("no-kernel");
        Path notNode = temp.resolve("not-node");
        Files.writeString(notNode, "#!/bin/sh\necho \"not node: $*\" >&2\nexit 3\n");
        assertThat(notNode.toFile().setExecutable(true)).isTrue();
        Tools.Result result = cold(out, Map.of("JSII_NODE", notNode.toString()));

        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("not node: --");
        assertThat(result.output().lines().filter(line -> line.startsWith("glue-platform: unexpected error"))).singleElement()
                .asString().contains("Child process exited unexpectedly");
        assertThat(result.output()).doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void thePlatformsJsiiNodeChangesNothingWritten() throws IOException {
        // run-program.sh starts jsii's Node as scripts/jsii-env.sh says: the provider's modules required on first use
        // (NODE_OPTIONS), one Node process running jsii's kernel (JSII_RUNTIME), and the provider's types read from the
        // cache of those earlier runs looked up (scripts/node/jsii-assembly-cache.cjs). The same program in a JVM with
        // none of it requires every provider module up front and parses the whole assembly through jsii's bundled
        // two-process runtime, as a plain CDKTF app does: every environment's output must be byte for byte the same,
        // from the run that fills an empty cache and from the one served by it.
        Path cache = temp.resolve("assembly-cache");
        Map<String, String> platformNode = Map.of("PLATFORM_ENVIRONMENTS", "", "PLATFORM_JSII_ASSEMBLY_CACHE_DIR", cache.toString());
        Path filling = temp.resolve("platform-node-filling-the-cache");
        Tools.Result fillingTheCache = cold(filling, platformNode);
        byte[] filled = cacheFile(cache);
        Path served = temp.resolve("platform-node-served-by-the-cache");
        Tools.Result servedByTheCache = cold(served, platformNode);
        Path plain = temp.resolve("plain-node-all");
        List<String> command = new ArrayList<>(List.of("env", "-u", "NODE_OPTIONS", "-u", "JSII_RUNTIME"));
        command.addAll(JavaProcess.command(io.glueplatform.Main.class));
        Tools.Result withPlainNode = Tools.run(command, Map.of("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20",
                "PLATFORM_TARGET", "offline", "PLATFORM_ENVIRONMENTS", "", "CDKTF_OUTDIR", plain.toString()), Repo.root(), 10);

        assertThat(fillingTheCache.exitCode()).as(fillingTheCache.output()).isZero();
        assertThat(servedByTheCache.exitCode()).as(servedByTheCache.output()).isZero();
        assertThat(withPlainNode.exitCode()).as(withPlainNode.output()).isZero();
        // a run that looked up nothing new leaves the cache as it found it
        assertThat(cacheFile(cache)).as("the cache after the run it served").isEqualTo(filled);
        try (var stacks = Files.list(plain.resolve("stacks"))) {
            assertThat(stacks.map(path -> path.getFileName().toString())).as("every environment").hasSizeGreaterThan(2);
        }
        assertThat(OutputTrees.differences(filling, plain)).isEmpty();
        assertThat(OutputTrees.differences(served, plain)).isEmpty();
    }

    /** The one cache file in {@code cache}: the AWS provider's. */
    private static byte[] cacheFile(Path cache) throws IOException {
        try (var files = Files.list(cache)) {
            List<Path> all = files.toList();
            assertThat(all).singleElement().asString().contains("@cdktf__provider-aws@");
            return Files.readAllBytes(all.get(0));
        }
    }

    /** A cold synth given {@code archive}: exit 0, exactly one warning (ending in {@code expected}), the reference's bytes. */
    private void synthesizesTheSameStacksWithOneWarning(Path archive, String expected) throws IOException {
        Path out = temp.resolve(archive.getFileName() + ".out");
        Tools.Result result = cold(out, Map.of("PLATFORM_CDS_ARCHIVE", archive.toString()));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(warnings(result)).singleElement().asString().endsWith(expected);
        assertThat(OutputTrees.differences(reference.resolve("out"), out)).isEmpty();
    }

    private static List<String> warnings(Tools.Result result) {
        return result.output().lines().filter(line -> line.contains(WARNING)).toList();
    }

    /** One cold synth of dev through scripts/run-program.sh (never a running synth server). */
    private static Tools.Result cold(Path outdir, Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>();
        environment.put("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20");
        environment.put("PLATFORM_SYNTH_SERVER", "off");
        environment.put("PLATFORM_TARGET", "offline");
        environment.put("PLATFORM_ENVIRONMENTS", "dev");
        environment.put("CDKTF_OUTDIR", outdir.toString());
        environment.putAll(extra);
        return Tools.run(List.of("bash", Repo.root().resolve("scripts/run-program.sh").toString()), environment, Repo.root(), 10);
    }
}
