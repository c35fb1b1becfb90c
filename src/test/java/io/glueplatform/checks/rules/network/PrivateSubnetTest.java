package io.glueplatform.checks.rules.network;

import static io.glueplatform.checks.Tf.rule;
import io.glueplatform.checks.Finding;
import io.glueplatform.checks.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.glueplatform.checks.rules.network.NetworkFixture.document;
import static io.glueplatform.checks.rules.network.NetworkFixture.findings;
import static io.glueplatform.checks.rules.network.NetworkFixture.findingsAfter;
import static io.glueplatform.checks.rules.network.NetworkFixture.resource;
import static org.assertj.core.api.Assertions.assertThat;

class PrivateSubnetTest {

    private final Rule rule = rule("GLUE-NET-003");

    @Test
    void passesOnTheShippedEnvironments() {
        for (String env : List.of("dev", "prod", "dataxr")) {
            assertThat(findings(rule, document(env))).as(env).isEmpty();
        }
    }

    @Test
    void failsForAConnectionInAPublicSubnet() {
        List<Finding> findings = findingsAfter(rule, "dev", doc -> {
            var requirements = (com.fasterxml.jackson.databind.node.ObjectNode) resource(doc, "aws_glue_connection.glue_network_a")
                    .path("physical_connection_requirements");
            requirements.put("subnet_id", "${aws_subnet.vpc_public_a.id}");
        });
        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.part()).isEqualTo("connection aws_glue_connection.glue_network_a");
            assertThat(f.problem()).contains("subnet aws_subnet.vpc_public_a is public").contains("internet gateway aws_internet_gateway.vpc_this");
            assertThat(f.fix()).contains("private subnet");
        });
    }
}
