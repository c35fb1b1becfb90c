package io.glueplatform.ops;

import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.testing.Repo;
import io.glueplatform.testing.Tools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import static io.glueplatform.config.ConfigFixtures.put;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every failure fails, through `make` as a user runs it: a bad configuration (program exit 2), a preflight error
 * (exit 3), an unsafe ENV, `terraform init` failing (a provider mirror without the provider) and `terraform plan`
 * failing (a state written by a newer provider). Each is non-zero with the step named and Terraform's error shown.
 * Offline only (no emulator); each case uses its own output folder.
 */
@Tag("terraform")
class FailurePathsTest {

    private static final Path WORK = Repo.root().resolve("target/ops-failures");

    @BeforeAll
    static void cleanWorkFolder() throws IOException {
        Tools.requireTerraform();
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
    }

    private static Map<String, String> environment(String name) {
        Map<String, String> environment = new HashMap<>();
        environment.put("CDKTF_OUTDIR", WORK.resolve(name).resolve("cdktf.out").toString());
        environment.put("PLATFORM_LOG_DIR", WORK.resolve(name).resolve("logs").toString());
        return environment;
    }

    /** The environment of a case that runs its own emulator, on a free port (needs the emulator installed). */
    private static Map<String, String> withOwnEmulator(String name) {
        Tools.requireEmulator();
        Map<String, String> environment = environment(name);
        environment.put("PLATFORM_EMULATOR_PORT", String.valueOf(Tools.freePort()));
        return environment;
    }

    private static Path configDir(String name, String environmentName, String json) throws IOException {
        Path dir = Files.createDirectories(WORK.resolve(name).resolve("environments"));
        Files.writeString(dir.resolve(environmentName + ".json"), json);
        return dir;
    }

    @Test
    void invalidConfigurationExits2FromTheScriptAndFailsMake() throws IOException {
        Map<String, String> environment = environment("config");
        environment.put("PLATFORM_CONFIG_DIR", configDir("config", "dev",
                ConfigFixtures.devJsonWith(put("/network/vpcCidr", "10.0.0.0/33"))).toString());

        Tools.Result make = Make.run(environment, 5, "synth", "ENV=dev");
        Make.assertFailedWith(make, "synth", 2);
        assertThat(make.output()).contains("glue-platform: invalid configuration, nothing was synthesized:")
                .contains("synth: step 'synth' failed (exit 2: invalid configuration)");

        Tools.Result script = Tools.script("synth.sh", environment, "dev");
        assertThat(script.exitCode()).as(script.output()).isEqualTo(2);
        assertThat(Path.of(environment.get("CDKTF_OUTDIR"))).doesNotExist();
    }

    @Test
    void preflightErrorExits3FromTheScriptAndFailsMake() throws IOException {
        var document = ConfigFixtures.shipped("dataxr");
        put("/connectivity/crossRegionStore/publiclyAccessible", false).accept(document);
        Map<String, String> environment = environment("preflight");
        environment.put("PLATFORM_CONFIG_DIR", configDir("preflight", "dataxr", document.toString()).toString());

        Tools.Result make = Make.run(environment, 5, "synth", "ENV=dataxr");
        Make.assertFailedWith(make, "synth", 3);
        assertThat(make.output()).contains("GLUE-NET-006 connection aws_glue_connection.glue_redshift")
                .contains("checks dataxr: FAILED")
                .contains("synth: step 'synth' failed (exit 3: the checks found errors)");
        assertThat(Path.of(environment.get("CDKTF_OUTDIR"))).doesNotExist();
    }

    @Test
    void unsafeEnvironmentNamesAreRefusedBeforeAnythingRuns() {
        for (String unsafe : List.of("dev;touch pwned", "dev prod", "$(shell touch pwned)", "../dev", "dev`id`")) {
            Tools.Result make = Make.run(environment("unsafe"), 2, "synth", "ENV=" + unsafe);
            assertThat(make.exitCode()).as("make synth ENV=%s:%n%s", unsafe, make.output()).isEqualTo(2);
            assertThat(make.output()).contains("ENV='" + unsafe + "' is not allowed: environment names may contain only letters, digits, '-' and '_'");
        }
        assertThat(Repo.root().resolve("pwned")).doesNotExist();
        assertThat(WORK.resolve("unsafe/cdktf.out")).doesNotExist();
    }

    @Test
    void initFailingFailsMakePlanWithTerraformsError() throws IOException {
        // A mirror folder that looks right but holds no provider package: what a broken or unreachable mirror gives.
        Path mirror = Files.createDirectories(WORK.resolve("init/mirror/registry.terraform.io/hashicorp/aws")).getParent().getParent().getParent();
        Map<String, String> environment = environment("init");
        environment.put("TF_PROVIDER_MIRROR", mirror.toString());

        Tools.Result make = Make.run(environment, 10, "plan", "ENV=dev");
        Make.assertFailedWith(make, "plan", 1);
        assertThat(make.output())
                .contains("plan: step 'init' failed (exit 1)")
                .contains("Error: Failed to query available provider packages")
                .contains("provider registry.terraform.io/hashicorp/aws was not found")
                .contains("plan: provider mirror in use: " + mirror);
        assertFullLogPrinted(make, "Failed to query available provider packages");
    }

    @Test
    void planFailingFailsMakePlanWithTerraformsError() throws IOException {
        // The offline stack's state (next to its outdir) was written by a newer AWS provider: init works, plan cannot.
        Map<String, String> environment = environment("plan");
        Path state = Files.createDirectories(WORK.resolve("plan/terraform-state/offline")).resolve("dev.tfstate");
        writeStateOfANewerProvider(state);

        Tools.Result make = Make.run(environment, 10, "plan", "ENV=dev");
        Make.assertFailedWith(make, "plan", 1);
        assertThat(make.output())
                .contains("Success! The configuration is valid.")
                .contains("plan: step 'plan' failed (exit 1)")
                .contains("Error: Resource instance managed by newer provider version")
                .doesNotContain("plan dev: ");
        assertFullLogPrinted(make, "Resource instance managed by newer provider version");
    }

    @Test
    void emulatorWithoutMotoFailsWithInstallHintAndExit127() throws IOException {
        // A PATH whose python3 cannot import moto and without moto_server: what a machine without the emulator has.
        Path bin = Files.createDirectories(WORK.resolve("no-moto/bin"));
        Path python = bin.resolve("python3");
        Files.writeString(python, "#!/bin/sh\nexit 1\n");
        python.toFile().setExecutable(true);
        int port = Tools.freePort();
        Map<String, String> environment = environment("no-moto");
        environment.put("PATH", bin + ":/usr/bin:/bin");
        environment.put("PLATFORM_EMULATOR_PORT", String.valueOf(port));

        Tools.Result start = Tools.script("emulator.sh", environment, "start");
        assertThat(start.exitCode()).as(start.output()).isEqualTo(127);
        assertThat(start.output()).contains("emulator: no Python with moto's server found")
                .contains("pip install 'moto[server]==5.2.1'");
        assertThat(Repo.root().resolve("target/emulator-" + port + ".pid")).doesNotExist();
    }

    @Test
    void deployFailsAtTheEmulatorStepWhenTheEmulatorCannotStart() throws IOException {
        // make deploy starts the emulator in the background while it builds and synthesizes, and waits for it before
        // Terraform runs. Here its port is taken by something that is not an emulator (it accepts and hangs up), so
        // moto cannot bind it: the failure must still stop the deploy, name the step and show the emulator's log.
        Tools.requireEmulator();
        try (java.net.ServerSocket squatter = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!squatter.isClosed()) {
                    try {
                        squatter.accept().close();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Map<String, String> environment = environment("emulator-start");
            environment.put("PLATFORM_EMULATOR_PORT", String.valueOf(squatter.getLocalPort()));

            Tools.Result make = Make.run(environment, 10, "deploy", "ENV=dev");

            Make.assertFailedWith(make, "deploy", 1);
            assertThat(make.output())
                    .contains("emulator: did not become healthy at http://127.0.0.1:" + squatter.getLocalPort())
                    .contains("deploy: step 'emulator' failed (exit 1): the local emulator did not start (see above)")
                    .doesNotContain("=== deploy step init")
                    .doesNotContain("deploy: dev on emulator in");
        }
    }

    @Test
    void aDeployWhoseSynthFailsSaysTheEmulatorItStartedIsStillComingUp() throws IOException {
        // The emulator starts in the background while the program synthesizes; a bad configuration ends the deploy
        // first, and the user must learn that an emulator is left running (and how to stop it).
        Map<String, String> environment = withOwnEmulator("deploy-config");
        String port = environment.get("PLATFORM_EMULATOR_PORT");
        environment.put("PLATFORM_CONFIG_DIR", configDir("deploy-config", "dev",
                ConfigFixtures.devJsonWith(put("/network/vpcCidr", "10.0.0.0/33"))).toString());
        try {
            Tools.Result make = Make.run(environment, 5, "deploy", "ENV=dev");

            Make.assertFailedWith(make, "deploy", 2);
            assertThat(make.output())
                    .contains("deploy: step 'synth' failed (exit 2)")
                    .contains("deploy: the emulator keeps starting in the background at http://127.0.0.1:" + port + "; make down stops it");
            assertThat(answersWithin(environment, 60)).as("the emulator the message names comes up").isTrue();
        } finally {
            Tools.script("emulator.sh", environment, "stop");
        }
    }

    @Test
    void anEmulatorThatStopsDuringTheApplyFailsTheDeployAndIsNamed() throws Exception {
        // A user stops the emulator (or it crashes) while make deploy applies: Terraform only reports connection
        // errors, and only after the provider's retries (9 attempts per call here, ≈ 45 s; over ten minutes once in CI,
        // with other calls in flight). The watchdog interrupts Terraform ≈ 15 s after the stop; the deploy fails at step
        // 'apply' and says that the emulator no longer answers.
        Map<String, String> environment = withOwnEmulator("emulator-stops");
        Tools.Result make = deployStoppingTheEmulator(environment, "emulator-stops",
                pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy));

        String port = environment.get("PLATFORM_EMULATOR_PORT");
        assertTheWatchdogEndedTheDeploy(make, port);
        assertThat(make.output()).contains("deploy: the emulator at http://127.0.0.1:" + port
                + " no longer answers (stopped or crashed during the apply;");
    }

    @Test
    void aHungEmulatorIsTakenForLostAndTheDeployEnds() throws Exception {
        // An emulator that hangs (here: SIGSTOP, so the kernel still accepts connections and nothing answers) would
        // keep Terraform waiting on its calls far past this test's 5 minutes. The watchdog takes it for lost after 3
        // checks that get no answer within 20 s, interrupts Terraform, and the deploy says so, names the process that
        // still holds the port, and ends; make down (emulator.sh stop) then ends it although it never acts on SIGTERM.
        Map<String, String> environment = withOwnEmulator("emulator-hangs");
        String port = environment.get("PLATFORM_EMULATOR_PORT");
        long[] hung = {0};
        try {
            Tools.Result make = deployStoppingTheEmulator(environment, "emulator-hangs", pid -> {
                hung[0] = pid;
                signal("STOP", pid);
            }, false);

            assertThat(hung[0]).as("the emulator was stopped (SIGSTOP)").isPositive();
            assertTheWatchdogEndedTheDeploy(make, port);
            assertThat(make.output()).contains("deploy: the emulator at http://127.0.0.1:" + port + " no longer answers, but its process (pid "
                    + hung[0] + ") still runs: it hung during the apply (its log: ").contains("make down stops it,");

            Tools.Result start = Tools.script("emulator.sh", environment, "start");
            assertThat(start.exitCode()).as(start.output()).isEqualTo(1);
            assertThat(start.output()).contains("emulator: the emulator started earlier at http://127.0.0.1:" + port + " (pid " + hung[0]
                    + ") runs but does not answer; make down stops it");

            Tools.Result stop = Tools.script("emulator.sh", environment, "stop");
            assertThat(stop.exitCode()).as(stop.output()).isZero();
            assertThat(stop.output()).contains("emulator: pid " + hung[0] + " did not end on SIGTERM within 5 s; killed");
            assertThat(ProcessHandle.of(hung[0]).filter(ProcessHandle::isAlive)).as("the hung emulator is gone").isEmpty();
        } finally {
            // Whatever failed above, no frozen emulator outlives the test.
            if (hung[0] > 0) {
                ProcessHandle.of(hung[0]).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    /**
     * make deploy ENV=dev on the emulator of {@code environment} (which the deploy starts), with {@code stop} given
     * that emulator's pid 1 s after the apply's first resource starts (see {@link #onceTheApplyCreates}); the
     * emulator is stopped afterwards.
     */
    private static Tools.Result deployStoppingTheEmulator(Map<String, String> environment, String name, LongConsumer stop) {
        return deployStoppingTheEmulator(environment, name, stop, true);
    }

    /** As above; {@code stopAfterwards} false leaves the emulator to the test. */
    private static Tools.Result deployStoppingTheEmulator(Map<String, String> environment, String name, LongConsumer stop,
                                                          boolean stopAfterwards) {
        Path pidFile = Repo.root().resolve("target/emulator-" + environment.get("PLATFORM_EMULATOR_PORT") + ".pid");
        Thread stopper = new Thread(() -> onceTheApplyCreates(WORK.resolve(name + "/logs"), pidFile, stop));
        stopper.setDaemon(true);
        stopper.start();
        try {
            return Make.run(environment, 5, "deploy", "ENV=dev");
        } finally {
            stopper.interrupt();
            if (stopAfterwards) {
                Tools.script("emulator.sh", environment, "stop");
            }
        }
    }

    private static void assertTheWatchdogEndedTheDeploy(Tools.Result make, String port) {
        Make.assertFailedWith(make, "deploy", 1);
        assertThat(make.output())
                .containsPattern("deploy: the emulator at http://127\\.0\\.0\\.1:" + port + " has not answered for \\d+ s \\(3 checks in a row\\)"
                        + " during step 'apply'; interrupting Terraform now instead of waiting for the provider's retries")
                .contains("deploy: step 'apply' failed (exit 1)")
                .doesNotContain("deploy: dev on emulator in");
    }

    private static void signal(String signal, long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " exited " + kill.exitValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the emulator of {@code environment}'s port answers within {@code seconds}. */
    private static boolean answersWithin(Map<String, String> environment, int seconds) {
        for (int i = 0; i < seconds * 2; i++) {
            if (Tools.script("emulator.sh", environment, "status").exitCode() == 0) {
                return true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /**
     * Waits until the deploy's apply has started creating resources (its first apply_start event: the S3 buckets are
     * among the first), then, 1 s later, stops the emulator the deploy started with {@code stop} (given its pid).
     */
    private static void onceTheApplyCreates(Path logs, Path pidFile, LongConsumer stop) {
        try {
            for (int i = 0; i < 1200 && !Thread.currentThread().isInterrupted(); i++) {
                if (Files.isDirectory(logs)) {
                    try (Stream<Path> files = Files.list(logs)) {
                        for (Path log : files.toList()) {
                            String text = Files.readString(log);
                            int apply = text.indexOf("=== deploy step apply:");
                            if (apply >= 0 && text.indexOf("\"type\":\"apply_start\"", apply) >= 0 && Files.exists(pidFile)) {
                                Thread.sleep(1000);
                                stop.accept(Long.parseLong(Files.readString(pidFile).strip()));
                                return;
                            }
                        }
                    }
                }
                Thread.sleep(250);
            }
        } catch (IOException | InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void destroyOnTheEmulatorFailsWithTerraformsErrorAndKeepsTheState() throws IOException {
        // A running emulator and a state Terraform cannot read (written by a newer provider): the destroy plan fails.
        Map<String, String> environment = withOwnEmulator("destroy");
        Path state = Files.createDirectories(WORK.resolve("destroy/terraform-state/emulator")).resolve("dev.tfstate");
        writeStateOfANewerProvider(state);
        Tools.Result start = Tools.script("emulator.sh", environment, "start");
        assertThat(start.exitCode()).as(start.output()).isZero();
        try {
            Tools.Result make = Make.run(environment, 10, "destroy", "ENV=dev");
            Make.assertFailedWith(make, "destroy", 1);
            assertThat(make.output())
                    .contains("destroy: step 'plan' failed (exit 1)")
                    .contains("Error: Resource instance managed by newer provider version");
            assertThat(state).as("a failed destroy keeps the state it could not act on").exists();
            assertFullLogPrinted(make, "Resource instance managed by newer provider version");
        } finally {
            Tools.Result stop = Tools.script("emulator.sh", environment, "stop");
            assertThat(stop.exitCode()).as(stop.output()).isZero();
        }
    }

    /** A state Terraform can init against but not plan: its one resource was written by a newer AWS provider. */
    private static void writeStateOfANewerProvider(Path state) throws IOException {
        Files.writeString(state, """
                {"version": 4, "terraform_version": "1.11.4", "serial": 1, "lineage": "ops-test", "outputs": {},
                 "resources": [{"mode": "managed", "type": "aws_vpc", "name": "vpc_this",
                   "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
                   "instances": [{"schema_version": 99, "attributes": {"id": "vpc-123"}}]}]}
                """);
    }

    private static void assertFullLogPrinted(Tools.Result result, String expected) throws IOException {
        var matcher = java.util.regex.Pattern.compile("full Terraform log: (\\S+\\.log)").matcher(result.output());
        assertThat(matcher.find()).as("log path printed:%n%s", result.output()).isTrue();
        assertThat(Files.readString(Path.of(matcher.group(1)))).contains(expected);
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
