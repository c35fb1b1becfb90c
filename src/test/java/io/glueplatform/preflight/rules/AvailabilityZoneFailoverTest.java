package io.glueplatform.preflight.rules;

import io.glueplatform.preflight.Finding;
import io.glueplatform.preflight.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.glueplatform.preflight.PreflightFixture.connections;
import static io.glueplatform.preflight.PreflightFixture.document;
import static io.glueplatform.preflight.PreflightFixture.findings;
import static io.glueplatform.preflight.PreflightFixture.findingsAfter;
import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityZoneFailoverTest {

    private final Rule rule = new AvailabilityZoneFailover();

    @Test
    void passesOnTheShippedEnvironments() {
        for (String env : List.of("dev", "prod", "dataxr")) {
            assertThat(findings(rule, document(env))).as(env).isEmpty();
        }
    }

    @Test
    void warnsWhenAllConnectionsAreInOneZone() {
        List<Finding> findings = findingsAfter(rule, "dev", connections("aws_glue_job.glue_feature_engineering",
                "aws_glue_connection.glue_network_a"));
        assertThat(rule.severity()).isEqualTo(Rule.Severity.WARNING);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Rule.Severity.WARNING);
            assertThat(f.problem()).isEqualTo("all connections are in us-east-2a while aws_vpc.vpc_this has private subnets in [us-east-2a, us-east-2b]: no AZ failover");
        });
    }
}
