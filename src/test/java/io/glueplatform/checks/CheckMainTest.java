package io.glueplatform.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import io.glueplatform.stack.DeploymentTarget;
import io.glueplatform.stack.PlatformStack;
import io.glueplatform.testing.Repo;
import io.glueplatform.testing.SynthFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code make check FILE=...}: any Terraform JSON, reports for people and CI, one clear line for bad input. */
class CheckMainTest {

    private static final Path FIXTURE = Repo.root().resolve("src/test/resources/checks/violations.tf.json");

    @TempDir
    Path temp;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CheckMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void reportsTheDeliberateViolationsOfAHandWrittenDocumentGroupedBySeverityAndResource() {
        Run run = run("--no-colour", FIXTURE.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(3);
        String p = "checks " + FIXTURE + ": ";
        assertThat(run.out())
                .contains(p + "ERROR (")
                .contains(p + "  aws_instance.bastion\n" + p + "    GLUE-EC2-001: http_tokens is not \"required\"")
                .contains("GLUE-EC2-004: key pair ops is set")
                .contains("GLUE-EC2-006: user data contains a literal value for AWS_SECRET_ACCESS_KEY")
                .contains(p + "  aws_security_group.admin")
                .contains("GLUE-SG-002: SSH open to the world: ingress tcp 22 from 0.0.0.0/0")
                .contains("GLUE-RDS-009: the master password is a Terraform value (it ends up in state)")
                .contains("GLUE-IAM-001: statement Everything allows every action")
                .contains("GLUE-S3-005: block_public_policy is not true")
                .contains(p + "WARNING (")
                .contains("GLUE-S3-010: no lifecycle rule applies to this bucket")
                .contains(p + "SUPPRESSED GLUE-S3-009 on aws_s3_bucket.archive (1 finding(s) not enforced, construct): archive bucket: its reads"
                        + " are audited through CloudTrail data events (ticket SEC-12)")
                .contains("not covered by any rule (skipped): aws_sqs_queue ×1")
                .contains(p + "FAILED (")
                .doesNotContain("\u001b[");
        assertThat(run.out().indexOf("ERROR (")).isLessThan(run.out().indexOf("WARNING ("));
        assertThat(run("--colour", FIXTURE.toString()).out()).contains("\u001b[31mGLUE-EC2-004\u001b[0m");
    }

    @Test
    void writesJUnitXmlAndSarifForCi() throws Exception {
        Path junit = temp.resolve("reports/checks.xml");
        Path sarif = temp.resolve("reports/checks.sarif");
        Run run = run("--no-colour", "--junit", junit.toString(), "--sarif", sarif.toString(), FIXTURE.toString());
        assertThat(run.status()).isEqualTo(3);
        assertThat(run.out()).contains("checks: JUnit report written to " + junit).contains("checks: SARIF report written to " + sarif);

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        var xpath = XPathFactory.newInstance().newXPath();
        String suite = "/testsuites/testsuite[@name='" + FIXTURE + " GLUE-EC2-004']";
        assertThat((String) xpath.evaluate(suite + "/testcase[@name='aws_instance.bastion']/failure/@message", xml, XPathConstants.STRING))
                .isEqualTo("key pair ops is set");
        assertThat((String) xpath.evaluate("/testsuites/testsuite[@name='" + FIXTURE + " GLUE-S3-009']/testcase[@name='aws_s3_bucket.archive']/skipped/@message",
                xml, XPathConstants.STRING)).startsWith("suppressed: archive bucket");
        assertThat((String) xpath.evaluate("/testsuites/testsuite[@name='" + FIXTURE + " GLUE-KMS-001']/testcase/failure/@type", xml, XPathConstants.STRING))
                .isEqualTo("error");

        JsonNode report = new ObjectMapper().readTree(sarif.toFile());
        assertThat(report.path("version").asText()).isEqualTo("2.1.0");
        assertThat(report.path("$schema").asText()).contains("sarif-2.1.0");
        JsonNode run0 = report.path("runs").path(0);
        assertThat(run0.at("/tool/driver/rules")).hasSize(RuleCatalog.all().size());
        JsonNode rule = run0.at("/tool/driver/rules").get(RuleCatalog.ids().indexOf("GLUE-EC2-001"));
        assertThat(rule.path("properties").path("checkov").asText()).isEqualTo("CKV_AWS_79");
        assertThat(rule.path("helpUri").asText()).startsWith("https://docs.aws.amazon.com/");
        JsonNode keyPair = null;
        JsonNode suppressed = null;
        for (JsonNode result : run0.path("results")) {
            if (result.path("ruleId").asText().equals("GLUE-EC2-004")) {
                keyPair = result;
            }
            if (result.has("suppressions")) {
                suppressed = result;
            }
        }
        assertThat(keyPair).isNotNull();
        assertThat(keyPair.path("level").asText()).isEqualTo("error");
        assertThat(keyPair.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo(FIXTURE.toString());
        assertThat(keyPair.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("aws_instance.bastion");
        assertThat(keyPair.path("ruleIndex").asInt()).isEqualTo(RuleCatalog.ids().indexOf("GLUE-EC2-004"));
        assertThat(suppressed).isNotNull();
        assertThat(suppressed.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
        assertThat(suppressed.at("/suppressions/0/justification").asText()).startsWith("archive bucket");
    }

    @Test
    void aStackSynthesizedToDiskPasses() {
        // What `make synth` then `make check FILE=cdktf.out/stacks/dataxr/cdk.tf.json` do, in one JVM.
        App app = new App(AppConfig.builder().outdir(temp.toString()).build());
        new PlatformStack(app, SynthFixture.environment("dataxr"), DeploymentTarget.OFFLINE, Repo.scripts());
        app.synth();
        Path file = temp.resolve("stacks/dataxr/cdk.tf.json");
        Run run = run("--no-colour", file.toString());
        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out()).contains("SUPPRESSED GLUE-RS-005 on aws_redshift_cluster.xr_redshift").contains("passed (0 error(s), 0 warning(s), 5 suppressed");
    }

    @Test
    void badInputGetsOneClearLineAndExitTwo() throws Exception {
        Path notJson = Files.writeString(temp.resolve("a.json"), "{ \"resource\": ");
        Path array = Files.writeString(temp.resolve("b.json"), "[1, 2]");
        Path notTerraform = Files.writeString(temp.resolve("package.json"), "{\"name\": \"x\", \"version\": \"1.0.0\"}");
        Path dangling = Files.writeString(temp.resolve("d.tf.json"),
                "{\"resource\": {\"aws_flow_log\": {\"f\": {\"vpc_id\": \"${aws_vpc.gone.id}\"}}}}");
        Path danglingData = Files.writeString(temp.resolve("g.tf.json"), "{\"data\": {\"aws_region\": {\"current\": {}}},"
                + " \"resource\": {\"aws_flow_log\": {\"f\": {\"tags\": {\"Region\": \"${data.aws_region.current.name}\","
                + " \"Vpc\": \"${data.terraform_remote_state.cross-stack-input.outputs.vpc}\"}}}}}");
        Path unknownRule = Files.writeString(temp.resolve("e.tf.json"),
                "{\"resource\": {\"aws_s3_bucket\": {\"b\": {\"//\": {\"checks\": {\"suppress\": {\"CKV_AWS_18\": \"we use checkov ids\"}}}}}}}");
        Path noReason = Files.writeString(temp.resolve("f.tf.json"),
                "{\"resource\": {\"aws_s3_bucket\": {\"b\": {\"//\": {\"checks\": {\"suppress\": {\"GLUE-S3-009\": \"\"}}}}}}}");
        assertOneLine(run(notJson.toString()), notJson + ": not valid JSON (line 1, column ");
        assertOneLine(run(array.toString()), array + ": not a Terraform configuration; expected a JSON object with a \"resource\" block");
        assertOneLine(run(notTerraform.toString()), notTerraform + ": not a Terraform configuration: unknown top-level key(s) [name, version]");
        assertOneLine(run(dangling.toString()), dangling + ": aws_flow_log.f references aws_vpc.gone, which the document does not declare");
        assertOneLine(run(danglingData.toString()),
                danglingData + ": aws_flow_log.f references data.terraform_remote_state.cross-stack-input, which the document does not declare");
        assertOneLine(run(unknownRule.toString()), "suppression construct on aws_s3_bucket.b names rule 'CKV_AWS_18', which does not exist");
        assertOneLine(run(noReason.toString()), "suppression of GLUE-S3-009 construct on aws_s3_bucket.b has no reason");
        assertOneLine(run(temp.resolve("missing.json").toString()), "missing.json: no such file");
        assertOneLine(run(), "no file given; usage: CheckMain");
        assertOneLine(run("--sarif"), "--sarif needs a file name");
        assertOneLine(run("--fail-fast", FIXTURE.toString()), "unknown option --fail-fast");
    }

    private static void assertOneLine(Run run, String expected) {
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.err()).singleElement().asString().startsWith("checks: ").contains(expected);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
