package io.glueplatform;

import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.testing.JavaProcess;
import io.glueplatform.testing.Repo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

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
        // Constructing the App may create empty output folders; no file (stack, asset, manifest) is written.
        if (Files.exists(outdir)) {
            try (var files = Files.walk(outdir)) {
                assertThat(files.filter(Files::isRegularFile).toList()).isEmpty();
            }
        }
    }
}
