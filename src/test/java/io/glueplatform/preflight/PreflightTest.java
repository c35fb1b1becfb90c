package io.glueplatform.preflight;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glueplatform.testing.Repo;
import io.glueplatform.testing.SynthFixture;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static io.glueplatform.preflight.PreflightFixture.connections;
import static io.glueplatform.preflight.PreflightFixture.document;
import static io.glueplatform.preflight.PreflightFixture.removeResource;
import static org.assertj.core.api.Assertions.assertThat;

/** The runner: errors block, warnings do not, suppressions are reported with their reason; the rule pack is documented. */
class PreflightTest {

    @Test
    void everyShippedEnvironmentPasses() {
        for (String env : List.of("dev", "prod", "dataxr")) {
            Preflight.Result result = Preflight.run(SynthFixture.synth(env).stack(), Map.of());
            assertThat(result.lines()).as(env).isEmpty();
            assertThat(result.passed()).isTrue();
        }
    }

    @Test
    void errorsFailAndNameJobConnectionProblemAndFix() {
        ObjectNode doc = document("dev");
        removeResource("aws_vpc_endpoint.vpc_s3").andThen(removeResource("aws_route.vpc_private_a_nat")).accept(doc);
        Preflight.Result result = Preflight.run("dev", NetworkModel.of(doc), Map.of());
        assertThat(result.passed()).isFalse();
        assertThat(result.lines()).contains("dev: ERROR GLUE-NET-002 job aws_glue_job.glue_feature_engineering, connection aws_glue_connection.glue_network_a:"
                + " subnet aws_subnet.vpc_private_a (route table aws_route_table.vpc_private_a) has neither an S3 gateway endpoint nor a route"
                + " to a NAT gateway; Glue will fail the run with 'Could not find S3 endpoint or NAT gateway for subnetId'. Fix: attach an S3"
                + " gateway endpoint (aws_vpc_endpoint, type Gateway, service com.amazonaws.<region>.s3) to the route table, or route 0.0.0.0/0 to a NAT gateway");
    }

    @Test
    void warningsDoNotFail() {
        ObjectNode doc = document("dev");
        connections("aws_glue_job.glue_feature_engineering", "aws_glue_connection.glue_network_a").accept(doc);
        Preflight.Result result = Preflight.run("dev", NetworkModel.of(doc), Map.of());
        assertThat(result.passed()).isTrue();
        assertThat(result.warnings()).extracting(Finding::rule).containsExactly("GLUE-NET-009");
    }

    @Test
    void suppressedRulesAreReportedWithTheirReasonNotEnforced() {
        ObjectNode doc = document("dev");
        removeResource("aws_vpc_endpoint.vpc_s3").andThen(removeResource("aws_route.vpc_private_a_nat")).accept(doc);
        Preflight.Result result = Preflight.run("dev", NetworkModel.of(doc), Map.of("GLUE-NET-002", "S3 reached through a proxy (ticket 42)"));
        assertThat(result.passed()).isTrue();
        assertThat(result.lines()).singleElement().asString()
                .startsWith("dev: SUPPRESSED GLUE-NET-002 (").endsWith("finding(s) not enforced): S3 reached through a proxy (ticket 42)");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("preflight dev: SUPPRESSED GLUE-NET-002");
    }

    @Test
    void everyRuleHasAnIdTitleRationaleWithAwsDocAndATestFile() throws Exception {
        List<Rule> rules = Rules.all();
        assertThat(rules).extracting(Rule::id).doesNotHaveDuplicates().allMatch(id -> id.matches("GLUE-NET-\\d{3}"));
        String docs = Files.readString(Repo.root().resolve("docs/preflight.md"));
        for (Rule rule : rules) {
            assertThat(rule.title()).as(rule.id()).isNotBlank();
            assertThat(rule.rationale()).as(rule.id()).containsPattern("https://(docs\\.aws\\.amazon\\.com|aws\\.amazon\\.com)/");
            assertThat(Repo.root().resolve("src/test/java/io/glueplatform/preflight/rules/" + rule.getClass().getSimpleName() + "Test.java"))
                    .as("test of %s", rule.id()).exists();
            assertThat(docs).as("docs/preflight.md lists %s", rule.id()).contains("| " + rule.id() + " |");
        }
    }
}
