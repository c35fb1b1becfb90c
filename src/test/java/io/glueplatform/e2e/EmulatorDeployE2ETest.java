package io.glueplatform.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's first commands, for real: `make deploy`'s script brings dev up on a private patched emulator,
 * a second plan shows "No changes" (with no emulator-only ignores in the stack), the outputs are filled
 * in, and `make destroy`'s script runs terraform destroy, after which the emulator holds nothing of dev.
 */
@Tag("e2e")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmulatorDeployE2ETest {

    private static final Path WORK = Repo.root().resolve("target/e2e-deploy");
    private static final Path OUTDIR = WORK.resolve("cdktf.out");
    private static final Path STACK = OUTDIR.resolve("stacks/dev");
    private static Map<String, String> environment;
    private static Tools.Result deploy;

    @BeforeAll
    static void deployDevToAFreshEmulator() throws IOException {
        Tools.requireTerraform();
        Tools.requireEmulator();
        deleteRecursively(WORK);
        int port = Tools.freePort();
        environment = Map.of(
                "TARGET", "emulator",
                "PLATFORM_EMULATOR_PORT", String.valueOf(port),
                "PLATFORM_EMULATOR_ENDPOINT", "http://127.0.0.1:" + port,
                "CDKTF_OUTDIR", OUTDIR.toString());
        deploy = Tools.script("deploy.sh", environment, "dev");
    }

    @AfterAll
    static void resetAndStopTheEmulator() {
        if (environment != null) {
            Tools.script("emulator.sh", environment, "reset");
            Tools.script("emulator.sh", environment, "stop");
        }
    }

    @Test
    @Order(1)
    void deployApplies() {
        assertThat(deploy.exitCode()).as("scripts/deploy.sh dev:%n%s", deploy.output()).isZero();
        assertThat(deploy.output()).containsPattern("Apply complete! Resources: \\d+ added, 0 changed, 0 destroyed");
        assertThat(Files.exists(WORK.resolve("terraform-state/emulator/dev.tfstate"))).as("emulator state next to the outdir").isTrue();
    }

    @Test
    @Order(2)
    void secondPlanShowsNoChanges() {
        Tools.Result plan = Tools.terraform(STACK, environment, 10, "plan -detailed-exitcode -input=false -no-color");
        assertThat(plan.exitCode()).as("terraform plan -detailed-exitcode after deploy (0 = no changes):%n%s", plan.output()).isZero();
        assertThat(plan.output()).contains("No changes.");
    }

    @Test
    @Order(3)
    void everyOutputHasAValue() throws IOException {
        Tools.Result output = Tools.terraform(STACK, environment, 10, "output -json");
        assertThat(output.exitCode()).as(output.output()).isZero();
        JsonNode outputs = new ObjectMapper().readTree(output.output());
        List<String> empty = new ArrayList<>();
        outputs.fields().forEachRemaining(entry -> {
            JsonNode value = entry.getValue().path("value");
            if (value.isNull() || value.isMissingNode() || value.asText().isBlank() && !value.isContainerNode() || value.isContainerNode() && value.isEmpty()) {
                empty.add(entry.getKey());
            }
        });
        assertThat(outputs.size()).as("outputs").isGreaterThanOrEqualTo(10);
        assertThat(empty).as("outputs without a value").isEmpty();
        assertThat(outputs.path("tools_host_session_command").path("value").asText()).startsWith("aws ssm start-session --target i-");
        assertThat(outputs.path("glue_job_names").path("value").toString()).contains("dev-customer-data-cleansing");
    }

    @Test
    @Order(4)
    void destroyRemovesEverythingFromTheEmulator() {
        Tools.Result destroy = Tools.script("destroy.sh", environment, "dev");
        assertThat(destroy.exitCode()).as("scripts/destroy.sh dev:%n%s", destroy.output()).isZero();
        assertThat(destroy.output()).containsPattern("Destroy complete! Resources: \\d+ destroyed");
        assertThat(EmulatorResources.leftOver(environment.get("PLATFORM_EMULATOR_ENDPOINT"), "dev"))
                .as("emulated resources of dev left after terraform destroy").isEmpty();
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
