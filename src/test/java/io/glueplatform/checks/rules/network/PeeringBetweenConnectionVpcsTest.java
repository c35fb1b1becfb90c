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

class PeeringBetweenConnectionVpcsTest {

    private final Rule rule = rule("GLUE-NET-005");
    private static final String JOB = "aws_glue_job.glue_orders_enrichment";
    private static final String POSTGRES = "aws_glue_connection.glue_postgres";

    @Test
    void passesOnTheShippedEnvironments() {
        for (String env : List.of("dev", "prod", "dataxr")) {
            assertThat(findings(rule, document(env))).as(env).isEmpty();
        }
    }

    @Test
    void failsWhenNoPeeringJoinsTheVpcs() {
        List<Finding> findings = findingsAfter(rule, "dataxr", removeResource("aws_vpc_peering_connection.peer_link"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.address()).isEqualTo(JOB);
            assertThat(f.part()).isEqualTo("connection " + POSTGRES);
            assertThat(f.problem()).contains("the ENIs go to aws_subnet.vpc_private_a in aws_vpc.vpc_this (first connection aws_glue_connection.glue_network_a)")
                    .contains("is in aws_vpc.peer_vpc_this and no VPC peering joins the two VPCs");
        });
    }

    @Test
    void failsWithoutTheRouteFromTheEniSubnet() {
        List<Finding> findings = findingsAfter(rule, "dataxr", removeResource("aws_route.peer_route_from_glue_a"));
        assertThat(findings).singleElement().satisfies(f ->
                assertThat(f.problem()).contains("route table aws_route_table.vpc_private_a has no route to 10.20.0.0/16 over aws_vpc_peering_connection.peer_link"));
    }

    @Test
    void failsWithoutTheReturnRoute() {
        List<Finding> findings = findingsAfter(rule, "dataxr", removeResource("aws_route.peer_route_to_glue"));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.problem()).contains("has no return route to the ENI subnet 10.0.10.0/24"));
    }
}
