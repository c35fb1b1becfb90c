package io.glueplatform;

import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.testing.JavaProcess;
import io.glueplatform.testing.Repo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@link Main} in its own JVM with make adopt's migration file next to the environment: the file is not an
 * environment, an invalid file (ambiguous matches left) and a stale one (an address the stack no longer has)
 * stop the synth with exit 2 and nothing written.
 */
// Starts the program in child JVMs (exit codes as a user sees them): in make test, not in make unit-test.
@Tag("process")
class MainMigrationFileTest {

    @TempDir
    Path temp;

    private record Run(int exitCode, String errors, Path outdir) {
    }

    private Run synth(String migrationFile) throws IOException, InterruptedException {
        Path environments = Files.createDirectories(temp.resolve("environments"));
        Files.writeString(environments.resolve("dev.json"), ConfigFixtures.shipped("dev").toString());
        Files.writeString(environments.resolve("dev.migration.json"), migrationFile);
        Path outdir = temp.resolve("cdktf.out");
        Path stderr = temp.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(JavaProcess.command(Main.class))
                .directory(temp.toFile())
                .redirectOutput(temp.resolve("stdout.txt").toFile())
                .redirectError(stderr.toFile());
        // No PLATFORM_ENVIRONMENTS: every environment file of the folder is loaded, so dev.migration.json must not count as one.
        builder.environment().putAll(Map.of("PLATFORM_CONFIG_DIR", environments.toString(), "PLATFORM_TARGET", "offline",
                "PLATFORM_SCRIPTS_DIR", Repo.scripts().toString(), "CDKTF_OUTDIR", outdir.toString(),
                "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20", "TMPDIR", temp.toString()));
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("Main finished").isTrue();
        return new Run(process.exitValue(), Files.readString(stderr), outdir);
    }

    private static void assertNothingWritten(Path outdir) throws IOException {
        if (Files.exists(outdir)) {
            try (var files = Files.walk(outdir)) {
                assertThat(files.filter(Files::isRegularFile).toList()).isEmpty();
            }
        }
    }

    @Test
    void aMigrationFileWithAmbiguousMatchesLeftIsRefusedBeforeAnythingIsBuilt() throws Exception {
        Run run = synth("""
                {"environment": "dev", "mode": "moved", "matched": [], "legacyOnly": [], "stackOnly": [],
                 "ambiguous": [{"address": "aws_eip.vpc_nat_a", "identity": "tags.Name=nat", "candidates": ["aws_eip.a", "aws_eip.b"]}]}""");
        assertThat(run.exitCode()).as(run.errors()).isEqualTo(2);
        assertThat(run.errors()).contains("glue-platform: invalid configuration, nothing was synthesized:")
                .contains("environment 'dev': dev.migration.json: ambiguous: aws_eip.vpc_nat_a fits aws_eip.a, aws_eip.b (tags.Name=nat);"
                        + " allowed: no ambiguous entry")
                .doesNotContain("dev.migration'");
        assertNothingWritten(run.outdir());
    }

    @Test
    void aStaleMigrationFileIsRefusedWithNothingWritten() throws Exception {
        Run run = synth("""
                {"environment": "dev", "mode": "moved",
                 "matched": [{"from": "module.vpc.aws_vpc.main", "to": "aws_vpc.vpc_main", "identity": "cidr_block=10.0.0.0/16", "importId": "vpc-1"}]}""");
        assertThat(run.exitCode()).as(run.errors()).isEqualTo(2);
        assertThat(run.errors()).contains("glue-platform: the migration file does not fit the stack, nothing was synthesized:")
                .contains("environment 'dev': dev.migration.json: matched[0].to: 'aws_vpc.vpc_main' is not a resource of this stack;"
                        + " allowed: an address of the stack — re-run make adopt");
        assertNothingWritten(run.outdir());
    }
}
