package io.glueplatform.preflight.rules;

import io.glueplatform.preflight.Finding;
import io.glueplatform.preflight.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.glueplatform.preflight.PreflightFixture.document;
import static io.glueplatform.preflight.PreflightFixture.findings;
import static io.glueplatform.preflight.PreflightFixture.findingsAfter;
import static io.glueplatform.preflight.PreflightFixture.removeResource;
import static org.assertj.core.api.Assertions.assertThat;

class S3EndpointOrNatTest {

    private final Rule rule = new S3EndpointOrNat();

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
            assertThat(f.format()).startsWith("ERROR GLUE-NET-002 job aws_glue_job.")
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
        assertThat(findings).extracting(Finding::connection).containsOnly("aws_glue_connection.glue_postgres");
    }
}
