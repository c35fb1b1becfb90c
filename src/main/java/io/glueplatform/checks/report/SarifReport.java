package io.glueplatform.checks.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glueplatform.checks.CheckResult;
import io.glueplatform.checks.Finding;
import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleCatalog;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;

import java.util.List;

/**
 * SARIF 2.1.0 for code-scanning tools: every rule of the catalog with its metadata and the ids of checkov, trivy
 * and cdk-nag as properties; one result per finding located in the checked file and by its Terraform address;
 * suppressed findings carry the suppression and its justification instead of being dropped.
 */
public final class SarifReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SarifReport() {
    }

    /** @param artifact the checked file as a URI reference (relative path), e.g. cdktf.out/stacks/dev/cdk.tf.json */
    public static String render(List<CheckResult> results, List<String> artifacts) {
        ObjectNode sarif = MAPPER.createObjectNode();
        sarif.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        sarif.put("version", "2.1.0");
        ObjectNode run = sarif.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "glue-platform-checks");
        driver.put("informationUri", "https://docs.aws.amazon.com/prescriptive-guidance/latest/terraform-aws-provider-best-practices/security.html");
        ArrayNode rules = driver.putArray("rules");
        List<Rule> catalog = RuleCatalog.all();
        for (Rule rule : catalog) {
            RuleInfo info = rule.info();
            ObjectNode r = rules.addObject();
            r.put("id", info.id());
            r.put("name", rule.name());
            r.putObject("shortDescription").put("text", info.title());
            r.putObject("fullDescription").put("text", info.rationale());
            r.put("helpUri", info.doc());
            r.putObject("help").put("text", info.fix());
            r.putObject("defaultConfiguration").put("level", level(info.severity()));
            ObjectNode properties = r.putObject("properties");
            properties.put("checkov", info.checkov());
            properties.put("trivy", info.trivy());
            properties.put("cdk-nag", info.cdkNag());
        }
        ArrayNode results1 = run.putArray("results");
        for (int i = 0; i < results.size(); i++) {
            CheckResult result = results.get(i);
            String artifact = artifacts.get(i);
            for (Finding f : result.findings()) {
                ObjectNode r = results1.addObject();
                r.put("ruleId", f.rule());
                r.put("ruleIndex", catalog.indexOf(RuleCatalog.byId(f.rule()).orElseThrow()));
                r.put("level", level(f.severity()));
                r.putObject("message").put("text", f.address() + (f.part() == null ? "" : ", " + f.part()) + ": " + f.problem() + ". Fix: " + f.fix());
                ObjectNode location = r.putArray("locations").addObject();
                location.putObject("physicalLocation").putObject("artifactLocation").put("uri", artifact);
                location.putArray("logicalLocations").addObject().put("fullyQualifiedName", f.address()).put("kind", "resource");
                if (f.suppressed()) {
                    r.putArray("suppressions").addObject()
                            .put("kind", "construct".equals(f.suppressedBy().origin()) ? "inSource" : "external")
                            .put("justification", f.suppressedBy().reason());
                }
            }
        }
        try {
            return MAPPER.writeValueAsString(sarif) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String level(Severity severity) {
        return severity == Severity.ERROR ? "error" : "warning";
    }
}
