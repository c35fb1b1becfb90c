package io.glueplatform.checks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.Testing;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.s3_bucket.S3Bucket;
import com.hashicorp.cdktf.providers.aws.s3_bucket.S3BucketConfig;
import io.glueplatform.Main;
import io.glueplatform.cdk.CheckSuppressions;
import io.glueplatform.checks.model.TerraformDocument;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.stack.DeploymentTarget;
import io.glueplatform.stack.StateBootstrapStack;
import io.glueplatform.testing.SynthFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.glueplatform.checks.rules.network.NetworkFixture.connections;
import static io.glueplatform.checks.rules.network.NetworkFixture.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine: every shipped stack is clean, suppressions (construct, configured, rule-wide) and their refusals. */
class ChecksTest {

    private static final String JOB = "aws_glue_job.glue_feature_engineering";

    @Test
    void everyShippedEnvironmentAndTargetHasNoUnsuppressedFinding() {
        for (String name : List.of("dev", "prod", "dataxr")) {
            EnvironmentConfig env = SynthFixture.environment(name);
            for (DeploymentTarget target : DeploymentTarget.values()) {
                CheckResult result = Checks.run(name, CheckSuppressions.document(SynthFixture.synth(env, target).stack()), Main.suppressions(env));
                assertThat(result.errors()).as("%s %s", name, target).isEmpty();
                assertThat(result.warnings()).as("%s %s", name, target).isEmpty();
                assertThat(result.unusedSuppressions()).as("%s %s", name, target).isEmpty();
                assertThat(result.suppressed()).as("%s %s: every suppression has a reason", name, target)
                        .allSatisfy(f -> assertThat(f.suppressedBy().reason()).isNotBlank());
            }
        }
        EnvironmentConfig prod = SynthFixture.environment("prod");
        App app = Testing.app();
        StateBootstrapStack state = new StateBootstrapStack(app, prod, DeploymentTarget.OFFLINE);
        CheckResult result = Checks.run("prod-state", CheckSuppressions.document(state), List.of());
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void theWarmUpRunsEveryRuleOnAnEmptyResourceOfEachTypeItJudgesWithoutFailing() {
        // The checks thread runs it while the first stack is built; a rule that fails on an empty body fails here.
        CheckResult result = Checks.warmUp();

        long pairs = RuleCatalog.all().stream().mapToLong(rule -> rule.info().resourceTypes().size()).sum();
        assertThat(result.evaluations()).hasSize((int) pairs);
        assertThat(result.notCovered()).isEmpty();
    }

    @Test
    void constructSuppressionsAreCarriedInTheSynthesizedJson() {
        ObjectNode dev = document("dev");
        assertThat(dev.at("/resource/aws_s3_bucket/s3_access_logs_this/~1~1/checks/suppress/GLUE-S3-001").asText())
                .startsWith("S3 server access logging delivers only to buckets with SSE-S3");
        assertThat(dev.at("/resource/aws_db_instance/rds_this/~1~1/checks/suppress/GLUE-RDS-004").asText())
                .isEqualTo("database.deletionProtection is false in environment 'dev': a disposable environment whose database is destroyed with it");
        // prod keeps deletion protection: nothing to suppress there.
        assertThat(document("prod").at("/resource/aws_db_instance/rds_this/~1~1/checks").isMissingNode()).isTrue();
    }

    @Test
    void aConstructSuppressionWithoutAReasonIsRefused() {
        TerraformStack stack = new TerraformStack(Testing.app(), "refusal");
        S3Bucket bucket = new S3Bucket(stack, "b", S3BucketConfig.builder().bucket("b").build());
        assertThatThrownBy(() -> CheckSuppressions.suppress(bucket, "GLUE-S3-009", " "))
                .hasMessage("suppression of GLUE-S3-009 on refusal/b has no reason; allowed: a written reason why the rule does not apply");
        assertThatThrownBy(() -> CheckSuppressions.suppress(bucket, "s3 logging", "because"))
                .hasMessageContaining("'s3 logging' is not a rule id");
    }

    @Test
    void aConfiguredSuppressionCoversOneAddressIsPrintedAndCounted() {
        ObjectNode doc = document("dev");
        connections(JOB, "aws_glue_connection.glue_network_a").accept(doc);
        Suppression suppression = new Suppression("GLUE-NET-009", JOB, "single-AZ test job (ticket 7)", "connectivity.preflightSuppressions[0]");
        CheckResult result = Checks.run("dev", TerraformDocument.of(doc), List.of(suppression));
        assertThat(result.warnings()).isEmpty();
        assertThat(result.suppressed()).extracting(Finding::rule).containsOnlyOnce("GLUE-NET-009");
        assertThat(result.lines()).contains("dev: SUPPRESSED GLUE-NET-009 on " + JOB
                + " (1 finding(s) not enforced, connectivity.preflightSuppressions[0]): single-AZ test job (ticket 7)");
        // The same suppression on another address does not cover the finding.
        CheckResult other = Checks.run("dev", TerraformDocument.of(doc), List.of(new Suppression("GLUE-NET-009", "aws_glue_job.other", "x", "cfg")));
        assertThat(other.warnings()).extracting(Finding::format).singleElement().asString()
                .startsWith("WARNING GLUE-NET-009 " + JOB + ", connection aws_glue_connection.glue_network_a: all connections are in us-east-2a");
        assertThat(other.lines()).contains("dev: WARNING unused suppression GLUE-NET-009 on aws_glue_job.other (cfg): x — it matches no finding; remove it");
    }

    @Test
    void errorsFailTheRunWithJobConnectionProblemAndFix() {
        ObjectNode doc = document("dev");
        io.glueplatform.checks.rules.network.NetworkFixture.removeResource("aws_vpc_endpoint.vpc_s3")
                .andThen(io.glueplatform.checks.rules.network.NetworkFixture.removeResource("aws_route.vpc_private_a_nat")).accept(doc);
        CheckResult result = Checks.run("dev", TerraformDocument.of(doc), List.of());
        assertThat(result.passed()).isFalse();
        assertThat(result.lines()).contains("dev: ERROR GLUE-NET-002 aws_glue_job.glue_feature_engineering, connection aws_glue_connection.glue_network_a:"
                + " subnet aws_subnet.vpc_private_a (route table aws_route_table.vpc_private_a) has neither an S3 gateway endpoint nor a route"
                + " to a NAT gateway; Glue will fail the run with 'Could not find S3 endpoint or NAT gateway for subnetId'. Fix: attach an S3"
                + " gateway endpoint (aws_vpc_endpoint, type Gateway, service com.amazonaws.<region>.s3) to the route table, or route 0.0.0.0/0 to a NAT gateway");
    }

    @Test
    void suppressionsOfUnknownRulesOrWithoutReasonAreRefused() {
        TerraformDocument doc = Tf.doc().resource("aws_sqs_queue", "q", "{'name': 'q'}").document();
        assertThatThrownBy(() -> Checks.run("t", doc, List.of(new Suppression("GLUE-XX-999", null, "r", "checks.test[0]"))))
                .isInstanceOf(InvalidSuppressionException.class)
                .hasMessageStartingWith("suppression checks.test[0] names rule 'GLUE-XX-999', which does not exist; allowed: a rule id such as");
        assertThatThrownBy(() -> Checks.run("t", doc, List.of(new Suppression("GLUE-S3-001", "aws_s3_bucket.b", " ", "checks.test[0]"))))
                .isInstanceOf(InvalidSuppressionException.class)
                .hasMessage("suppression of GLUE-S3-001 checks.test[0] (aws_s3_bucket.b) has no reason; allowed: a written reason why the rule does not apply (it is printed on every run)");
        TerraformDocument inDocument = Tf.doc().resource("aws_s3_bucket", "b", "{'//': {'checks': {'suppress': {'GLUE-S3-999': 'why'}}}}").document();
        assertThatThrownBy(() -> Checks.run("t", inDocument, List.of())).hasMessageStartingWith("suppression construct on aws_s3_bucket.b names rule 'GLUE-S3-999'");
    }

    @Test
    void resourcesNoRuleJudgesAreSkippedAndCounted() {
        CheckResult result = Checks.run("t", Tf.doc().resource("aws_sqs_queue", "q", "{'name': 'q'}")
                .resource("aws_sqs_queue", "r", "{'name': 'r'}").resource("aws_kms_key", "k", "{'enable_key_rotation': true}").document(), List.of());
        assertThat(result.notCovered()).containsExactly(java.util.Map.entry("aws_sqs_queue", 2));
        assertThat(result.resourcesJudged()).isEqualTo(1);
        assertThat(result.passed()).isTrue();
    }
}
