package io.glueplatform.checks.rules.network;

import static io.glueplatform.checks.Tf.rule;
import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.checks.Finding;
import io.glueplatform.checks.Rule;
import io.glueplatform.testing.SynthFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.glueplatform.checks.rules.network.NetworkFixture.document;
import static io.glueplatform.checks.rules.network.NetworkFixture.findings;
import static io.glueplatform.checks.rules.network.NetworkFixture.findingsAfter;
import static io.glueplatform.checks.rules.network.NetworkFixture.removeResource;
import static org.assertj.core.api.Assertions.assertThat;

class DataStoreReachableTest {

    private final Rule rule = rule("GLUE-NET-006");

    @Test
    void passesOnTheShippedEnvironments() {
        for (String env : List.of("dev", "prod", "dataxr")) {
            assertThat(findings(rule, document(env))).as(env).isEmpty();
        }
    }

    @Test
    void failsForAPrivateCrossRegionStoreBehindTheNat() {
        var variant = SynthFixture.variant("dataxr", ConfigFixtures.put("/connectivity/crossRegionStore/publiclyAccessible", false));
        List<Finding> findings = findings(rule, variant.json());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.address()).isEqualTo("aws_glue_job.glue_warehouse_load");
            assertThat(f.part()).isEqualTo("connection aws_glue_connection.glue_redshift");
            assertThat(f.problem()).contains("aws_redshift_cluster.xr_redshift (port 5439) is not reachable from the ENI subnet aws_subnet.vpc_private_a")
                    .contains("not publicly accessible");
            assertThat(f.fix()).contains("connectivity.crossRegionStore.publiclyAccessible: true");
        });
    }

    @Test
    void failsWhenTheStoreDoesNotAdmitTheNatEip() {
        List<Finding> findings = findingsAfter(rule, "dataxr", removeResource("aws_vpc_security_group_ingress_rule.xr_redshift_sg_in_glue_nat_0"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.problem()).contains("does not admit the NAT gateway's Elastic IP aws_eip.vpc_nat_a on port 5439");
            assertThat(f.fix()).contains("${aws_eip.vpc_nat_a.public_ip}/32");
        });
    }

    @Test
    void failsWhenTheDatabaseInTheSameVpcDoesNotAdmitGlue() {
        List<Finding> findings = findingsAfter(rule, "dev", removeResource("aws_vpc_security_group_ingress_rule.rds_sg_in_mysql_from_glue"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.part()).isEqualTo("connection aws_glue_connection.glue_mysql");
            assertThat(f.problem()).contains("admits neither the connection's security group [aws_security_group.glue_sg_this]");
        });
    }

    @Test
    void failsWhenThePeeredDatabaseDoesNotAdmitTheGlueCidr() {
        List<Finding> findings = findingsAfter(rule, "dataxr", removeResource("aws_vpc_security_group_ingress_rule.peer_rds_sg_in_postgres_from_glue_vpc"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.part()).isEqualTo("connection aws_glue_connection.glue_postgres");
            assertThat(f.problem()).contains("does not admit the ENI subnet 10.0.10.0/24 on port 5432");
        });
    }

    @Test
    void failsWhenTheGlueGroupHasNoEgressToTheStore() {
        List<Finding> findings = findingsAfter(rule, "dataxr", removeResource("aws_vpc_security_group_egress_rule.glue_sg_out_redshift"));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.problem()).contains("allow no egress on port 5439"));
    }
}
