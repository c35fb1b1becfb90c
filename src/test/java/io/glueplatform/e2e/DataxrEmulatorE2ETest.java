package io.glueplatform.e2e;

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
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dataxr environment — a cross-region Redshift warehouse on an aliased provider (us-east-1) and a
 * peered VPC with PostgreSQL — on a private emulator: `make deploy`'s script applies it, a second plan
 * shows "No changes", `make destroy`'s script removes it, and neither region keeps anything of it.
 */
@Tag("e2e")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataxrEmulatorE2ETest {

    private static final Path WORK = Repo.root().resolve("target/e2e-dataxr");
    private static final Path STACK = WORK.resolve("cdktf.out/stacks/dataxr");
    private static Map<String, String> environment;
    private static Tools.Result deploy;

    @BeforeAll
    static void deployDataxrToAFreshEmulator() throws IOException {
        Tools.requireTerraform();
        Tools.requireEmulator();
        EmulatorDeployE2ETest.deleteRecursively(WORK);
        int port = Tools.freePort();
        environment = Map.of(
                "TARGET", "emulator",
                "PLATFORM_EMULATOR_PORT", String.valueOf(port),
                "PLATFORM_EMULATOR_ENDPOINT", "http://127.0.0.1:" + port,
                "CDKTF_OUTDIR", WORK.resolve("cdktf.out").toString());
        deploy = Tools.script("deploy.sh", environment, "dataxr");
    }

    @AfterAll
    static void stopTheEmulator() {
        if (environment != null) {
            Tools.script("emulator.sh", environment, "stop");
        }
    }

    @Test
    @Order(1)
    void deployApplies() {
        assertThat(deploy.exitCode()).as("scripts/deploy.sh dataxr:%n%s", deploy.output()).isZero();
        assertThat(deploy.output()).containsPattern("Apply complete! Resources: \\d+ added, 0 changed, 0 destroyed");
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
    void destroyLeavesNothingInEitherRegion() {
        Tools.Result destroy = Tools.script("destroy.sh", environment, "dataxr");
        assertThat(destroy.exitCode()).as("scripts/destroy.sh dataxr:%n%s", destroy.output()).isZero();
        assertThat(destroy.output()).containsPattern("Destroy complete! Resources: \\d+ destroyed");
        assertThat(EmulatorResources.leftOver(environment.get("PLATFORM_EMULATOR_ENDPOINT"), "dataxr", "us-east-2", "us-east-1"))
                .as("emulated resources of dataxr left after terraform destroy").isEmpty();
    }
}
