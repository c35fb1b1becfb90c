package io.glueplatform.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glueplatform.testing.Repo;
import io.glueplatform.testing.Tools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real cdktf CLI (the pinned cdktf-cli@0.21.0 that .ci/run installs into .tools/) drives the
 * program end to end on a private emulator, as README's cdktf section tells a user to: with
 * PLATFORM_ENVIRONMENTS selecting one environment, every command runs without a stack name —
 * diff → deploy → diff (no changes) → output → destroy; then a switch to another target re-initialises
 * without touching the emulator state. Offline: the provider lock comes from the local mirror.
 *
 * <p>To stay lean (one deploy), it deploys dev with the optional services switched off; the full dev
 * stack is deployed by {@link EmulatorDeployE2ETest}.
 */
@Tag("e2e")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CdktfCliE2ETest {

    private static final Path WORK = Repo.root().resolve("target/e2e-cdktf");
    private static final Path OUTDIR = WORK.resolve("cdktf.out");
    private static final Path STATE = WORK.resolve("terraform-state/emulator/dev.tfstate");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<Tools.Result> ALL_RUNS = new ArrayList<>();
    private static Map<String, String> environment;
    private static String endpoint;

    @BeforeAll
    static void startAPrivateEmulator() throws IOException {
        Tools.requireTerraform();
        Tools.requireEmulator();
        Tools.Result install = Tools.run(List.of("bash", "scripts/cdktf-cli.sh", "install"), Map.of(), Repo.root(), 10);
        assertThat(install.exitCode()).as("scripts/cdktf-cli.sh install (npm):%n%s", install.output()).isZero();
        EmulatorDeployment.deleteRecursively(WORK);
        Path configDir = Files.createDirectories(WORK.resolve("environments"));
        ObjectNode dev = (ObjectNode) MAPPER.readTree(Repo.environments().resolve("dev.json").toFile());
        ((ObjectNode) dev.with("toolsHost")).put("enabled", false);
        ObjectNode services = dev.with("services");
        services.put("containers", false).put("dataPipeline", false).put("kubernetesHost", false).put("monitoringHost", false);
        MAPPER.writeValue(configDir.resolve("dev.json").toFile(), dev);

        int port = Tools.freePort();
        endpoint = "http://127.0.0.1:" + port;
        environment = new HashMap<>(Map.of(
                "PLATFORM_ENVIRONMENTS", "dev",
                "PLATFORM_TARGET", "emulator",
                "PLATFORM_CONFIG_DIR", configDir.toString(),
                "PLATFORM_EMULATOR_PORT", String.valueOf(port),
                "PLATFORM_EMULATOR_ENDPOINT", endpoint,
                "CI", "1",
                // cdktf.json's app command must silence the Node end-of-life banner itself.
                "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", ""));
        Tools.Result start = Tools.script("emulator.sh", environment, "start");
        assertThat(start.exitCode()).as("scripts/emulator.sh start:%n%s", start.output()).isZero();
    }

    @AfterAll
    static void stopTheEmulator() {
        if (environment != null) {
            Tools.script("emulator.sh", environment, "stop");
        }
    }

    /** Runs the pinned cdktf CLI from the repository root, with scripts/tf-env.sh sourced as README says. */
    private static Tools.Result cdktf(Map<String, String> env, String arguments) {
        Tools.Result result = Tools.run(List.of("bash", "-c", "source scripts/tf-env.sh && exec scripts/cdktf-cli.sh "
                + arguments + " --output \"$1\"", "cdktf", OUTDIR.toString()), env, Repo.root(), 15);
        ALL_RUNS.add(result);
        return result;
    }

    @Test
    @Order(1)
    void firstDiffOfAFreshStackFolderLocksTheProviderOffline() {
        Tools.Result diff = cdktf(environment, "diff --no-color");
        assertThat(diff.exitCode()).as("cdktf diff:%n%s", diff.output()).isZero();
        assertThat(diff.output()).doesNotContain("Could not retrieve providers for locking").containsPattern("Plan: \\d+ to add, 0 to change, 0 to destroy");
        assertThat(OUTDIR.resolve("stacks/dev/.terraform.lock.hcl")).content().contains("registry.terraform.io/hashicorp/aws");
        assertThat(OUTDIR.resolve("stacks").toFile().list()).as("only the selected environment is synthesized").containsExactly("dev");
    }

    @Test
    @Order(2)
    void deployWithoutAStackNameDeploysTheSelectedEnvironment() {
        Tools.Result deploy = cdktf(environment, "deploy --auto-approve --no-color");
        assertThat(deploy.exitCode()).as("cdktf deploy:%n%s", deploy.output()).isZero();
        assertThat(deploy.output()).containsPattern("Apply complete! Resources: \\d+ added, 0 changed, 0 destroyed");
        assertThat(STATE).as("emulator state in the emulator's own state folder").exists();
    }

    @Test
    @Order(3)
    void secondDiffShowsNoChanges() {
        Tools.Result diff = cdktf(environment, "diff --no-color");
        assertThat(diff.exitCode()).as("cdktf diff after deploy:%n%s", diff.output()).isZero();
        assertThat(diff.output()).contains("No changes.");
    }

    @Test
    @Order(4)
    void outputPrintsTheStackOutputs() throws IOException {
        Path file = WORK.resolve("outputs.json");
        Tools.Result output = cdktf(environment, "output --outputs-file " + file);
        assertThat(output.exitCode()).as("cdktf output:%n%s", output.output()).isZero();
        JsonNode outputs = MAPPER.readTree(file.toFile()).path("dev");
        assertThat(outputs.path("vpc_id").asText()).startsWith("vpc-");
        assertThat(outputs.path("glue_network_connections").toString()).contains("dev-glue-network-us-east-2a");
    }

    @Test
    @Order(5)
    void destroyRemovesEverythingFromTheEmulator() {
        Tools.Result destroy = cdktf(environment, "destroy --auto-approve --no-color");
        assertThat(destroy.exitCode()).as("cdktf destroy:%n%s", destroy.output()).isZero();
        assertThat(destroy.output()).containsPattern("Destroy complete! Resources: \\d+ destroyed");
        assertThat(EmulatorResources.leftOver(endpoint, "dev")).as("emulated resources of dev left after cdktf destroy").isEmpty();
    }

    @Test
    @Order(6)
    void switchingTheTargetReinitialisesWithoutMigratingState() throws IOException {
        byte[] emulatorState = Files.readAllBytes(STATE);
        Map<String, String> offline = new HashMap<>(environment);
        offline.put("PLATFORM_TARGET", "offline");
        Tools.Result diff = cdktf(offline, "diff --no-color");
        assertThat(diff.exitCode()).as("cdktf diff after switching to the offline target:%n%s", diff.output()).isZero();
        assertThat(diff.output()).doesNotContain("Backend configuration changed").doesNotContain("--migrate-state")
                .containsPattern("Plan: \\d+ to add, 0 to change, 0 to destroy");
        assertThat(Files.readAllBytes(STATE)).as("the emulator state is untouched").isEqualTo(emulatorState);
    }

    @Test
    @Order(7)
    void aHealthyRunPrintsNoErrorLines() {
        assertThat(ALL_RUNS).isNotEmpty();
        for (Tools.Result run : ALL_RUNS) {
            assertThat(run.output()).as("cdktf output:%n%s", run.output()).doesNotContain("[ERROR]").doesNotContain("end-of-life");
        }
    }
}
