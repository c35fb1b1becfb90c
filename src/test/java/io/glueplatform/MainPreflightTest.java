package io.glueplatform;

import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.testing.JavaProcess;
import io.glueplatform.testing.Repo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@link Main} in its own JVM with the failure case of seed 002 (a private cross-region store behind the NAT):
 * the checks print the rule's message and the process exits 3 before anything is written.
 */
// Waits on child JVMs: runs beside the in-process tests (see the surefire configuration in pom.xml).
@Execution(ExecutionMode.CONCURRENT)
// Starts the program in child JVMs (exit codes as a user sees them): in make test, not in make unit-test.
@Tag("process")
class MainPreflightTest {

    @TempDir
    Path temp;

    @Test
    void preflightErrorStopsTheSynthWithNothingWritten() throws Exception {
        Path environments = Files.createDirectories(temp.resolve("environments"));
        var document = ConfigFixtures.shipped("dataxr");
        ConfigFixtures.put("/connectivity/crossRegionStore/publiclyAccessible", false).accept(document);
        ConfigFixtures.put("/connectivity/preflightSuppressions", List.of(Map.of("rule", "GLUE-NET-009", "reason", "checked by hand"))).accept(document);
        Files.writeString(environments.resolve("dataxr.json"), document.toString());
        Path outdir = temp.resolve("cdktf.out");
        Path stderr = temp.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(JavaProcess.command(Main.class))
                .directory(temp.toFile())
                .redirectOutput(temp.resolve("stdout.txt").toFile())
                .redirectError(stderr.toFile());
        builder.environment().putAll(Map.of("PLATFORM_CONFIG_DIR", environments.toString(), "PLATFORM_TARGET", "offline",
                "PLATFORM_SCRIPTS_DIR", Repo.scripts().toString(), "CDKTF_OUTDIR", outdir.toString(),
                "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20", "TMPDIR", temp.toString()));
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("Main finished (a hang guard; the child shares the cores with make test's other JVMs)").isTrue();
        String errors = Files.readString(stderr);
        assertThat(process.exitValue()).as(errors).isEqualTo(3);
        assertThat(errors)
                .contains("checks dataxr:   aws_glue_job.glue_warehouse_load")
                .contains("GLUE-NET-006 connection aws_glue_connection.glue_redshift:")
                .contains("not publicly accessible")
                .contains("checks dataxr: WARNING unused suppression GLUE-NET-009 on every resource (connectivity.preflightSuppressions[0]): checked by hand")
                .contains("checks dataxr: FAILED (")
                .contains("nothing was synthesized");
        // The run created the folder and synth wrote into it before the checks read it: the whole folder goes again.
        assertThat(outdir).doesNotExist();
    }

    @Test
    void intoAFolderWithEarlierOutputTheChecksRunBeforeAnythingIsWritten() throws Exception {
        Path environments = Files.createDirectories(temp.resolve("environments"));
        var document = ConfigFixtures.shipped("dataxr");
        ConfigFixtures.put("/connectivity/crossRegionStore/publiclyAccessible", false).accept(document);
        Files.writeString(environments.resolve("dataxr.json"), document.toString());
        Path outdir = temp.resolve("cdktf.out");
        Path earlier = Files.createDirectories(outdir.resolve("stacks/dataxr")).resolve("cdk.tf.json");
        Files.writeString(earlier, "{\"earlier\": \"synth\"}");

        Run run = runMain(Map.of("PLATFORM_CONFIG_DIR", environments.toString(), "CDKTF_OUTDIR", outdir.toString()));

        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(3);
        assertThat(run.stderr()).contains("checks dataxr: FAILED (").contains("nothing was synthesized");
        assertThat(Files.readString(earlier)).isEqualTo("{\"earlier\": \"synth\"}");
        try (var files = Files.walk(outdir)) {
            assertThat(files.filter(Files::isRegularFile).toList()).containsExactly(earlier);
        }
    }

    /**
     * The checks read the written cdk.tf.json in a new folder and the resolved stack (toTerraform) in an existing one:
     * both ways give every shipped environment the same findings and the same files.
     */
    @Test
    void theChecksJudgeTheWrittenFilesAsTheyJudgeTheResolvedStacks() throws Exception {
        Path fresh = temp.resolve("fresh");
        Path existing = Files.createDirectories(temp.resolve("existing"));

        Run intoFresh = runMain(Map.of("CDKTF_OUTDIR", fresh.toString(), "PLATFORM_STATE_BOOTSTRAP", "1"));
        Run intoExisting = runMain(Map.of("CDKTF_OUTDIR", existing.toString(), "PLATFORM_STATE_BOOTSTRAP", "1"));

        assertThat(intoFresh.exitCode()).as(intoFresh.stderr()).isZero();
        assertThat(intoExisting.exitCode()).as(intoExisting.stderr()).isZero();
        assertThat(intoFresh.stdout()).contains("checks dev: passed", "checks prod: passed", "checks prod-state: passed",
                "checks dataxr: passed", "SUPPRESSED GLUE-RDS-004 on aws_db_instance.rds_this");
        // The same lines in the same order: a stack's resources, and so its findings, are judged by type, then name,
        // as cdktf writes the file, also when they come from toTerraform() in construct order.
        assertThat(intoFresh.stdout().lines().toList()).isEqualTo(intoExisting.stdout().lines().toList());
        List<Path> written = files(fresh);
        assertThat(written).contains(Path.of("stacks/dev/cdk.tf.json"), Path.of("stacks/prod-state/cdk.tf.json"), Path.of("manifest.json"));
        assertThat(files(existing)).isEqualTo(written);
        for (Path file : written) {
            assertThat(Files.mismatch(fresh.resolve(file), existing.resolve(file))).as("%s differs", file).isEqualTo(-1L);
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    private record Run(int exitCode, String stdout, String stderr) {
    }

    /** Main in its own JVM (offline target, the repository's Glue scripts) with these variables; temp is its folder. */
    private Run runMain(Map<String, String> variables) throws Exception {
        String name = "run-" + System.nanoTime();
        Path stdout = temp.resolve(name + ".out");
        Path stderr = temp.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(JavaProcess.command(Main.class))
                .directory(temp.toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().putAll(Map.of("PLATFORM_CONFIG_DIR", Repo.root().resolve("environments").toString(),
                "PLATFORM_TARGET", "offline", "PLATFORM_SCRIPTS_DIR", Repo.scripts().toString(),
                "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20", "TMPDIR", temp.toString()));
        builder.environment().putAll(variables);
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("Main finished (a hang guard; the child shares the cores with make test's other JVMs)").isTrue();
        return new Run(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }
}
