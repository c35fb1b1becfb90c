package io.glueplatform.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.glueplatform.testing.Tools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's first commands, for real: `make deploy`'s script brings dev up on a private patched emulator,
 * a second plan shows "No changes" (with no emulator-only ignores in the stack), the outputs are filled
 * in, and `make destroy`'s script runs terraform destroy, after which the emulator holds nothing of dev.
 */
@Tag("e2e")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmulatorDeployE2ETest {

    private static EmulatorDeployment dev;

    @BeforeAll
    static void deployDevToAFreshEmulator() {
        dev = EmulatorDeployment.deploy("dev");
    }

    @AfterAll
    static void stopTheEmulator() {
        if (dev != null) {
            dev.stop();
        }
    }

    @Test
    @Order(1)
    void deployApplies() {
        dev.assertApplied();
    }

    @Test
    @Order(2)
    void secondPlanShowsNoChanges() {
        dev.assertSecondPlanHasNoChanges();
    }

    @Test
    @Order(3)
    void everyOutputHasAValue() throws IOException {
        Tools.Result output = Tools.terraform(dev.stackDir(), dev.environment, 10, "output -json");
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
        dev.assertDestroyLeavesNothing("us-east-2");
    }
}
