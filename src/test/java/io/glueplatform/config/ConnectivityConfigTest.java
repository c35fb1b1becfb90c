package io.glueplatform.config;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.glueplatform.config.ConfigFixtures.put;
import static org.assertj.core.api.Assertions.assertThat;

class ConnectivityConfigTest {

    private static List<String> problems(java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> change) {
        var document = ConfigFixtures.shipped("dataxr");
        change.accept(document);
        return ConfigValidator.validate(ConfigLoader.parse("dataxr", document.toString()));
    }

    @Test
    void shippedEnvironmentIsValidAndTyped() {
        assertThat(problems(d -> { })).isEmpty();
        EnvironmentConfig env = ConfigLoader.parse("dataxr", ConfigFixtures.shipped("dataxr").toString());
        assertThat(env.connectivity().crossRegionStore().region()).isEqualTo("us-east-1");
        assertThat(env.connectivity().crossRegionStore().port()).isEqualTo(5439);
        assertThat(env.connectivity().peeredVpc().regionOr("us-east-2")).isEqualTo("us-east-2");
        assertThat(ConfigLoader.parse("dev", ConfigFixtures.validDev().toString()).connectivity()).isEqualTo(ConnectivityConfig.defaults());
    }

    @Test
    void peeredVpcMustNotOverlapTheGlueVpc() {
        assertThat(problems(put("/connectivity/peeredVpc/vpcCidr", "10.0.0.0/16")))
                .contains("environment 'dataxr': connectivity.peeredVpc.vpcCidr: '10.0.0.0/16' overlaps the Glue VPC 10.0.0.0/16; allowed: a block that does not overlap network.vpcCidr (VPC peering refuses overlapping CIDRs)");
    }

    @Test
    void storeInTheSameRegionAndAccountIsRefused() {
        assertThat(problems(put("/connectivity/crossRegionStore/region", "us-east-2")
                .andThen(put("/connectivity/crossRegionStore/availabilityZones", List.of("us-east-2a")))
                .andThen(put("/connectivity/crossRegionStore/subnetCidrs", List.of("10.30.1.0/24")))))
                .singleElement().asString().startsWith("environment 'dataxr': connectivity.crossRegionStore.region: 'us-east-2' is the environment's own region and account; allowed: another region");
    }

    @Test
    void anotherAccountNeedsARoleInThatAccount() {
        assertThat(problems(put("/connectivity/crossRegionStore/accountId", "999988887777")))
                .containsExactly("environment 'dataxr': connectivity.crossRegionStore.assumeRoleArn: is missing but required for the store's account 999988887777; allowed: the ARN of a role in that account Terraform may assume");
        assertThat(problems(put("/connectivity/crossRegionStore/accountId", "999988887777")
                .andThen(put("/connectivity/crossRegionStore/assumeRoleArn", "arn:aws:iam::111122223333:role/x"))))
                .singleElement().asString().contains("is in account 111122223333, not the store's account 999988887777");
    }

    @Test
    void zonesAndSubnetsOfTheStoreRegion() {
        assertThat(problems(put("/connectivity/crossRegionStore/availabilityZones/0", "us-east-2a")))
                .contains("environment 'dataxr': connectivity.crossRegionStore.availabilityZones: 'us-east-2a' is not a zone of us-east-1; allowed: us-east-1a, us-east-1b, us-east-1c, us-east-1d, us-east-1e, us-east-1f");
        assertThat(problems(put("/connectivity/peeredVpc/subnetCidrs/1", "10.99.0.0/24")))
                .contains("environment 'dataxr': connectivity.peeredVpc.subnetCidrs[1]: '10.99.0.0/24' is outside the VPC 10.20.0.0/16; allowed: a block inside connectivity.peeredVpc.vpcCidr");
    }

    @Test
    void suppressionNeedsAKnownRuleAndAReason() {
        assertThat(problems(put("/connectivity/preflightSuppressions", List.of(Map.of("rule", "GLUE-NET-999", "reason", "x")))))
                .singleElement().asString().startsWith("environment 'dataxr': connectivity.preflightSuppressions[0].rule: 'GLUE-NET-999' is not a rule of the checks engine; allowed: a rule id listed in docs/policy.md, e.g. ");
        assertThat(problems(put("/connectivity/preflightSuppressions", List.of(Map.of("rule", "GLUE-NET-009", "reason", " ")))))
                .containsExactly("environment 'dataxr': connectivity.preflightSuppressions[0].reason: is missing but required; allowed: a written reason why the rule does not apply (it is printed on every synth)");
        assertThat(problems(put("/connectivity/preflightSuppressions", List.of(Map.of("rule", "GLUE-NET-009", "reason", "single-AZ sandbox")))))
                .isEmpty();
        assertThat(problems(put("/connectivity/preflightSuppressions", List.of(Map.of("rule", "GLUE-RS-004", "reason", "x", "address", "redshift")))))
                .containsExactly("environment 'dataxr': connectivity.preflightSuppressions[0].address: 'redshift' is not a Terraform address; allowed:"
                        + " type.name, e.g. aws_redshift_cluster.xr_redshift, or no address for the whole stack");
        assertThat(problems(put("/connectivity/preflightSuppressions", List.of(
                Map.of("rule", "GLUE-RS-004", "reason", "x", "address", "aws_redshift_cluster.xr_redshift"),
                Map.of("rule", "GLUE-RS-004", "reason", "y", "address", "aws_redshift_cluster.xr_redshift")))))
                .containsExactly("environment 'dataxr': connectivity.preflightSuppressions[1].rule: 'GLUE-RS-004' is suppressed twice for"
                        + " aws_redshift_cluster.xr_redshift; allowed: one entry per rule and address");
    }
}
