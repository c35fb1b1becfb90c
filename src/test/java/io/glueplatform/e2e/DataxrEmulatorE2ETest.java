package io.glueplatform.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The dataxr environment — a cross-region Redshift warehouse on an aliased provider (us-east-1) and a
 * peered VPC with PostgreSQL — on a private emulator: `make deploy`'s script applies it, a second plan
 * shows "No changes", `make destroy`'s script removes it, and neither region keeps anything of it.
 */
@Tag("e2e")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataxrEmulatorE2ETest {

    private static EmulatorDeployment dataxr;

    @BeforeAll
    static void deployDataxrToAFreshEmulator() {
        dataxr = EmulatorDeployment.deploy("dataxr");
    }

    @AfterAll
    static void stopTheEmulator() {
        if (dataxr != null) {
            dataxr.stop();
        }
    }

    @Test
    @Order(1)
    void deployApplies() {
        dataxr.assertApplied();
    }

    @Test
    @Order(2)
    void secondPlanShowsNoChanges() {
        dataxr.assertSecondPlanHasNoChanges();
    }

    @Test
    @Order(3)
    void destroyLeavesNothingInEitherRegion() {
        dataxr.assertDestroyLeavesNothing("us-east-2", "us-east-1");
    }
}
