package io.glueplatform.checks.rules.network;

import static io.glueplatform.checks.Tf.rule;
import io.glueplatform.checks.Finding;
import io.glueplatform.checks.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.glueplatform.checks.rules.network.NetworkFixture.document;
import static io.glueplatform.checks.rules.network.NetworkFixture.findings;
import static io.glueplatform.checks.rules.network.NetworkFixture.findingsAfter;
import static io.glueplatform.checks.rules.network.NetworkFixture.removeResource;
import static org.assertj.core.api.Assertions.assertThat;

class SecurityGroupSelfReferenceTest {

    private final Rule rule = rule("GLUE-NET-001");

    @Test
    void passesOnTheShippedEnvironments() {
        for (String env : List.of("dev", "prod", "dataxr")) {
            assertThat(findings(rule, document(env))).as(env).isEmpty();
        }
    }

    @Test
    void failsWithoutTheSelfReferencingInboundRule() {
        List<Finding> findings = findingsAfter(rule, "dev", removeResource("aws_vpc_security_group_ingress_rule.glue_sg_in_all_tcp"));
        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("GLUE-NET-001");
            assertThat(f.address()).startsWith("aws_glue_job.");
            assertThat(f.format()).contains("no self-referencing inbound rule for all TCP ports").contains("Fix: add an ingress rule");
        });
        assertThat(findings).extracting(Finding::part).contains("connection aws_glue_connection.glue_network_a", "connection aws_glue_connection.glue_mysql");
    }

    @Test
    void failsWithoutOutboundToItself() {
        List<Finding> findings = findingsAfter(rule, "dev", removeResource("aws_vpc_security_group_egress_rule.glue_sg_out_all_tcp"));
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.problem()).contains("no outbound rule for all TCP ports to itself"));
    }

    @Test
    void failsForTheGlueGroupOfThePeeredVpcToo() {
        List<Finding> findings = findingsAfter(rule, "dataxr", removeResource("aws_vpc_security_group_ingress_rule.peer_glue_sg_in_all_tcp"));
        assertThat(findings).extracting(Finding::part).containsOnly("connection aws_glue_connection.glue_postgres");
    }
}
