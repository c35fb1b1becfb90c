package io.glueplatform;

import io.glueplatform.config.BadInputs;
import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.testing.JavaProcess;
import io.glueplatform.testing.Repo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.glueplatform.config.ConfigFixtures.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs {@link Main} in its own JVM, as the cdktf CLI does, with a bad configuration. Config errors must end the
 * process with exit code 2 before the CDKTF App exists, so nothing is synthesized (the jsii runtime may already be
 * loading in the background, {@code cdk.JsiiPreload}: it writes nothing, and stderr must stay exactly as asserted).
 */
// Waits on child JVMs: runs beside the in-process tests (see the surefire configuration in pom.xml).
@Execution(ExecutionMode.CONCURRENT)
// Starts the program in child JVMs (exit codes as a user sees them): in make test, not in make unit-test.
@Tag("process")
class MainConfigErrorTest {

    // A guard against a hanging child, not a timing check: under make test the child shares 2 cores with the e2e suites
    // and the Spark JVM, and the cases that load jsii once took longer than 60 s there (as MainMigrationFileTest: 180 s).
    private static final long TIMEOUT_SECONDS = 180;

    @TempDir
    Path temp;

    private Path configDir;
    private Path outDir;
    private Path workDir;

    private record Run(int exitCode, String stdout, String stderr) {
    }

    @BeforeEach
    void directories() throws IOException {
        configDir = Files.createDirectories(temp.resolve("environments"));
        workDir = Files.createDirectories(temp.resolve("work"));
        outDir = temp.resolve("cdktf.out");
    }

    private void writeEnvironment(String name, String json) throws IOException {
        Files.writeString(configDir.resolve(name + ".json"), json);
    }

    private Run runMain(Map<String, String> extraEnvironment, String... args) throws Exception {
        List<String> command = JavaProcess.command(Main.class, args);
        Path stdout = temp.resolve("stdout.txt");
        Path stderr = temp.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("PLATFORM_ENVIRONMENTS");
        environment.remove("PLATFORM_TARGET");
        environment.remove("PLATFORM_SCRIPTS_DIR");
        environment.put("PLATFORM_CONFIG_DIR", configDir.toString());
        environment.put("CDKTF_OUTDIR", outDir.toString());
        environment.putAll(extraEnvironment);

        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            fail("Main did not exit within " + TIMEOUT_SECONDS + "s; stderr:%n%s", Files.readString(stderr));
        }
        return new Run(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }

    private void assertNothingSynthesized() throws IOException {
        assertThat(outDir).as("CDKTF_OUTDIR").doesNotExist();
        try (Stream<Path> files = Files.list(workDir)) {
            assertThat(files).as("files written to the working directory").isEmpty();
        }
    }

    @Test
    void aBrokenJobManifestExitsWith2NamingFileAndFieldAndSynthesizesNothing() throws Exception {
        writeEnvironment("dev", ConfigFixtures.devJsonWith(put("/logRetentionDays", 14)));
        Path scripts = Files.createDirectories(temp.resolve("glue-scripts/data-quality"));
        Files.writeString(scripts.resolve("job.json"), "{\"name\": \"data-quality\", \"retries\": 3}");

        Run run = runMain(Map.of("PLATFORM_SCRIPTS_DIR", scripts.getParent().toString()));

        assertThat(run.exitCode()).as("exit code; stderr:%n%s", run.stderr()).isEqualTo(2);
        assertThat(run.stderr()).isEqualTo("glue-platform: invalid Glue job, nothing was synthesized:\n"
                + "  - glue-scripts/data-quality/job.json: unknown field 'retries'; allowed: " + run.stderr().lines().toList().get(1)
                .substring(run.stderr().lines().toList().get(1).indexOf("allowed: ") + "allowed: ".length()) + "\n");
        assertThat(run.stderr()).doesNotContain("Exception", "\tat ");
        assertNothingSynthesized();
    }

    @Test
    void invalidFieldExitsWith2NamesEnvironmentAndFieldAndSynthesizesNothing() throws Exception {
        writeEnvironment("dev", ConfigFixtures.devJsonWith(put("/network/privateSubnetCidrs/1", "10.9.0.0/24")));

        Run run = runMain(Map.of());

        assertThat(run.exitCode()).as("exit code; stderr:%n%s", run.stderr()).isEqualTo(2);
        assertThat(run.stderr())
                .contains("glue-platform: invalid configuration, nothing was synthesized:")
                .contains("  - environment 'dev': network.privateSubnetCidrs[1]: '10.9.0.0/24' is outside the VPC 10.0.0.0/16; allowed: ");
        assertThat(run.stdout()).isEmpty();
        assertNothingSynthesized();
    }

    @Test
    void everyProblemOfEveryEnvironmentIsPrintedOnItsOwnLine() throws Exception {
        writeEnvironment("dev", ConfigFixtures.devJsonWith(put("/network/natMode", "DOUBLE")));
        writeEnvironment("prod", ConfigFixtures.devJsonWith(put("/logRetentionDays", 10).andThen(put("/database/masterUsername", "admin"))));

        Run run = runMain(Map.of());

        assertThat(run.exitCode()).as("exit code; stderr:%n%s", run.stderr()).isEqualTo(2);
        assertThat(run.stderr().lines().filter(line -> line.startsWith("  - environment ")))
                .hasSize(3)
                .anySatisfy(line -> assertThat(line).startsWith("  - environment 'dev': network.natMode: 'DOUBLE' is not allowed; allowed: SINGLE, ONE_PER_AZ"))
                .anySatisfy(line -> assertThat(line).startsWith("  - environment 'prod': database.masterUsername: 'admin' is not allowed"))
                .anySatisfy(line -> assertThat(line).startsWith("  - environment 'prod': logRetentionDays: 10 is not allowed"));
        assertNothingSynthesized();
    }

    @Test
    void unknownEnvironmentArgumentExitsWith2AndListsTheKnownOnes() throws Exception {
        writeEnvironment("dev", ConfigFixtures.devJsonWith(document -> { }));

        Run run = runMain(Map.of(), "staging");

        assertThat(run.exitCode()).as("exit code; stderr:%n%s", run.stderr()).isEqualTo(2);
        assertThat(run.stderr()).contains("  - environment 'staging': unknown environment; allowed: dev (one " + configDir + "/<name>.json per environment)");
        assertNothingSynthesized();
    }

    @Test
    void unknownEnvironmentInPlatformEnvironmentsExitsWith2() throws Exception {
        writeEnvironment("dev", ConfigFixtures.devJsonWith(document -> { }));

        Run run = runMain(Map.of("PLATFORM_ENVIRONMENTS", "dev, qa"));

        assertThat(run.exitCode()).as("exit code; stderr:%n%s", run.stderr()).isEqualTo(2);
        assertThat(run.stderr()).contains("  - environment 'qa': unknown environment; allowed: dev ");
        assertNothingSynthesized();
    }

    @Test
    void invalidDeploymentTargetExitsWith2() throws Exception {
        writeEnvironment("dev", ConfigFixtures.devJsonWith(document -> { }));

        Run run = runMain(Map.of("PLATFORM_TARGET", "mars"));

        assertThat(run.exitCode()).as("exit code; stderr:%n%s", run.stderr()).isEqualTo(2);
        assertThat(run.stderr()).contains("  - PLATFORM_TARGET: 'mars' is not allowed; allowed: aws, offline, emulator");
        assertNothingSynthesized();
    }

    // ---- the bad-input table, through the real entry point -------------------------------------------------------
    // One row per kind of input (tags, names, regions, types, the file, the selection); every row of the table runs
    // through the loader in BadInputTest, which is what Main calls. Each row here costs a JVM start.

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "tag overriding Environment",
            "environment name unsafe in a shell (;)",
            "region that does not exist",
            "number of workers as text",
            "duplicate accountId (the last would silently win)",
            "nesting deeper than the parser limit",
            "the same environment requested twice"})
    void badInputExitsWith2WithItsOneSentenceAndLeavesAnExistingOutputUntouched(String label) throws Exception {
        BadInputs.BadInput input = BadInputs.byLabel(label);
        for (Map.Entry<String, String> file : input.files().entrySet()) {
            writeEnvironment(file.getKey(), file.getValue());
        }
        Path previous = Files.createDirectories(outDir.resolve("stacks/dev")).resolve("cdk.tf.json");
        Files.writeString(previous, "{\"previous\": \"synth\"}");

        Run run = runMain(Map.of("PLATFORM_ENVIRONMENTS", String.join(",", input.requested())));

        assertThat(run.exitCode()).as("exit code; stderr:%n%s", run.stderr()).isEqualTo(2);
        assertThat(run.stderr().lines().filter(line -> !line.isBlank()).toList()).containsExactly(
                "glue-platform: invalid configuration, nothing was synthesized:",
                "  - " + input.expected());
        assertThat(run.stdout()).isEmpty();
        try (Stream<Path> files = Files.walk(outDir)) {
            assertThat(files.filter(Files::isRegularFile)).as("files in an existing CDKTF_OUTDIR").containsExactly(previous);
        }
        assertThat(Files.readString(previous)).isEqualTo("{\"previous\": \"synth\"}");
    }

    // ---- after the configuration: what only the built stack knows, and the unexpected ----------------------------

    @Test
    void anEnvironmentThatFailsAfterEarlierStacksWereWrittenAndJudgedLeavesNothing() throws Exception {
        // "a" is built, written and handed to the checks thread before "b" fails: the folder goes once no check reads it.
        writeEnvironment("a", ConfigFixtures.devJsonWith(put("/logRetentionDays", 14)));
        writeEnvironment("b", ConfigFixtures.devJsonWith(put("/migration/imports",
                List.of(Map.of("to", "aws_s3_bucket.s3_archive_this", "id", "glueplat-archive")))));

        Run run = runMain(Map.of("PLATFORM_SCRIPTS_DIR", Repo.scripts().toString(), "PLATFORM_SYNTH_TIMING", "1"));

        assertThat(run.exitCode()).as("exit code; stderr:%n%s", run.stderr()).isEqualTo(2);
        assertThat(run.stderr()).contains("synth-timing: write a ").doesNotContain("synth-timing: write b ")
                .contains("  - environment 'b': migration.imports[0].to: 'aws_s3_bucket.s3_archive_this' is not a resource of this stack;");
        assertNothingSynthesized();
    }

    @Test
    void anImportOfAnAddressTheStackLacksExitsWith2InOneSentenceNotAStackTrace() throws Exception {
        writeEnvironment("dev", ConfigFixtures.devJsonWith(put("/migration/imports",
                List.of(Map.of("to", "aws_s3_bucket.s3_archive_this", "id", "glueplat-archive")))));

        Run run = runMain(Map.of("PLATFORM_SCRIPTS_DIR", Repo.scripts().toString()));

        assertThat(run.exitCode()).as("exit code; stderr:%n%s", run.stderr()).isEqualTo(2);
        assertThat(run.stderr().lines().filter(line -> !line.isBlank()).toList()).containsExactly(
                "glue-platform: invalid configuration, nothing was synthesized:",
                "  - environment 'dev': migration.imports[0].to: 'aws_s3_bucket.s3_archive_this' is not a resource of this stack;"
                        + " allowed: one of its aws_s3_bucket resources: aws_s3_bucket.s3_access_logs_this, aws_s3_bucket.s3_lake_this,"
                        + " aws_s3_bucket.s3_outputs_this, aws_s3_bucket.s3_scripts_this");
        assertNothingSynthesized();
    }

    @Test
    void anUnexpectedErrorIsOneLineWithExitCode1AndNothingWritten() throws Exception {
        writeEnvironment("dev", ConfigFixtures.devJsonWith(document -> { }));
        // Valid job folders, but the shared driver library they ship with is gone: the bundle cannot be built,
        // which no configuration check foresees — the top-level handler must turn it into one line.
        Path scripts = temp.resolve("glue-scripts-without-library");
        try (var walk = Files.walk(Repo.scripts())) {
            for (Path source : walk.toList()) {
                Path relative = Repo.scripts().relativize(source);
                if (relative.startsWith("glue_common")) {
                    continue;
                }
                Path target = scripts.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }

        Run run = runMain(Map.of("PLATFORM_SCRIPTS_DIR", scripts.toString(), "PLATFORM_DEBUG", "0"));

        assertThat(run.exitCode()).as("exit code; stderr:%n%s", run.stderr()).isEqualTo(1);
        assertThat(run.stderr().lines().filter(line -> !line.isBlank()).toList()).containsExactly(
                "glue-platform: unexpected error: UncheckedIOException: cannot build the glue_common bundle (PLATFORM_DEBUG=1 shows the trace)");
        assertNothingSynthesized();
    }
}
