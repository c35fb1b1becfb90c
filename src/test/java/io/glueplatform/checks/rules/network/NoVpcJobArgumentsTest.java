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

/** GlueJobSpec refuses VPC arguments, so the failing case is hand-written JSON (what an override could do). */
class NoVpcJobArgumentsTest {

    private final Rule rule = rule("GLUE-NET-008");

    @Test
    void passesOnTheShippedEnvironments() {
        for (String env : List.of("dev", "prod", "dataxr")) {
            assertThat(findings(rule, document(env))).as(env).isEmpty();
        }
    }

    @Test
    void failsForTheFixDocumentsMistake() {
        List<Finding> findings = findingsAfter(rule, "dev", doc -> {
            var arguments = (com.fasterxml.jackson.databind.node.ObjectNode) resource(doc, "aws_glue_job.glue_feature_engineering").path("default_arguments");
            arguments.put("--vpc-subnet-ids", "${aws_subnet.vpc_private_a.id}");
            arguments.put("--vpc-security-group-ids", "${aws_security_group.glue_sg_this.id}");
        });
        assertThat(findings).hasSize(2).allSatisfy(f -> {
            assertThat(f.address()).isEqualTo("aws_glue_job.glue_feature_engineering");
            assertThat(f.problem()).contains("tries to configure the VPC; Glue ignores it");
        });
        assertThat(findings.get(0).format()).startsWith("ERROR GLUE-NET-008 aws_glue_job.glue_feature_engineering: default argument '--vpc-subnet-ids'");
    }
}
