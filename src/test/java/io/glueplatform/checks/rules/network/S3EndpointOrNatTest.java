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

class S3EndpointOrNatTest {

    private final Rule rule = rule("GLUE-NET-002");

    @Test
    void passesOnTheShippedEnvironments() {
        for (String env : List.of("dev", "prod", "dataxr")) {
            assertThat(findings(rule, document(env))).as(env).isEmpty();
        }
    }

    @Test
    void failsWhenThePrivateSubnetHasNeitherEndpointNorNat() {
        List<Finding> findings = findingsAfter(rule, "dev", removeResource("aws_vpc_endpoint.vpc_s3")
                .andThen(removeResource("aws_route.vpc_private_a_nat")));
        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.format()).startsWith("ERROR GLUE-NET-002 aws_glue_job.")
                    .contains("subnet aws_subnet.vpc_private_a")
                    .contains("Could not find S3 endpoint or NAT gateway for subnetId")
                    .contains("Fix: attach an S3 gateway endpoint");
        });
    }

    @Test
    void eitherOneIsEnough() {
        assertThat(findingsAfter(rule, "dev", removeResource("aws_vpc_endpoint.vpc_s3"))).isEmpty();
    }

    @Test
    void appliesToTheConnectionInThePeeredVpc() {
        List<Finding> findings = findingsAfter(rule, "dataxr", removeResource("aws_vpc_endpoint.peer_vpc_s3"));
        assertThat(findings).extracting(Finding::part).containsOnly("connection aws_glue_connection.glue_postgres");
    }
}
