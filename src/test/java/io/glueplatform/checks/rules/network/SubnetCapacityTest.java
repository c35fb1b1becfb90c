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

class SubnetCapacityTest {

    private final Rule rule = rule("GLUE-NET-004");

    @Test
    void passesOnTheShippedEnvironments() {
        for (String env : List.of("dev", "prod", "dataxr")) {
            assertThat(findings(rule, document(env))).as(env).isEmpty();
        }
    }

    @Test
    void failsWhenWorkersDoNotFitTheEniSubnet() {
        List<Finding> findings = findingsAfter(rule, "dev", doc -> {
            resource(doc, "aws_subnet.vpc_private_a").put("cidr_block", "10.0.10.0/28");
            resource(doc, "aws_glue_job.glue_feature_engineering").put("number_of_workers", 20);
        });
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.address()).isEqualTo("aws_glue_job.glue_feature_engineering");
            assertThat(f.problem()).contains("(10.0.10.0/28) has 16 addresses, the job needs ≈ 26 ((20 workers + 1 driver) × 1 concurrent run(s) + 5 reserved)");
        });
    }

    @Test
    void countsConcurrentRuns() {
        List<Finding> findings = findingsAfter(rule, "dev", doc -> {
            resource(doc, "aws_glue_job.glue_feature_engineering").put("number_of_workers", 100);
            resource(doc, "aws_glue_job.glue_feature_engineering").putArray("execution_property").addObject().put("max_concurrent_runs", 3);
        });
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.problem()).contains("needs ≈ 308"));
    }
}
