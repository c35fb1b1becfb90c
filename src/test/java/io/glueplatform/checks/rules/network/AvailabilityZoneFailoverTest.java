package io.glueplatform.checks.rules.network;

import static io.glueplatform.checks.Tf.rule;
import io.glueplatform.checks.Finding;
import io.glueplatform.checks.Rule;
import io.glueplatform.checks.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.glueplatform.checks.rules.network.NetworkFixture.connections;
import static io.glueplatform.checks.rules.network.NetworkFixture.document;
import static io.glueplatform.checks.rules.network.NetworkFixture.findings;
import static io.glueplatform.checks.rules.network.NetworkFixture.findingsAfter;
import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityZoneFailoverTest {

    private final Rule rule = rule("GLUE-NET-009");

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
        assertThat(rule.info().severity()).isEqualTo(Severity.WARNING);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.problem()).isEqualTo("all connections are in us-east-2a while aws_vpc.vpc_this has private subnets in [us-east-2a, us-east-2b]: no AZ failover");
        });
    }
}
