package io.glueplatform.checks.rules.rds;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import java.util.HashMap;
import java.util.Map;

/** GLUE-RDS-007: RDS instances refuse connections without TLS. */
@RuleInfo(id = "GLUE-RDS-007", severity = Severity.ERROR, resourceTypes = "aws_db_instance",
        title = "RDS instances refuse connections without TLS",
        rationale = "MySQL accepts plaintext connections unless require_secure_transport is on; PostgreSQL before 15"
                + " unless rds.force_ssl is 1 (15 and later enforce it by default).",
        doc = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html",
        fix = "use a parameter group with require_secure_transport = 1 (MySQL) or rds.force_ssl = 1 (PostgreSQL)")
public final class DatabaseTlsRequired implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        String engine = resource.text("engine") == null ? "" : resource.text("engine");
        Map<String, String> parameters = new HashMap<>();
        model.document().resource(resource.ref("parameter_group_name")).ifPresent(group -> group.path("parameter").forEach(p ->
                parameters.put(p.path("name").asText(), p.path("value").asText())));
        if (engine.contains("mysql") || engine.contains("mariadb")) {
            String value = parameters.getOrDefault("require_secure_transport", "0");
            return Verdict.when(value.equals("1") || value.equalsIgnoreCase("ON"), "require_secure_transport is not on"
                    + (resource.has("parameter_group_name") ? "" : " (no parameter group: the default allows plaintext)"));
        }
        if (engine.contains("postgres")) {
            String digits = resource.text("engine_version") == null ? "" : resource.text("engine_version").split("\\.")[0].replaceAll("\\D", "");
            int major = digits.isEmpty() ? 0 : Integer.parseInt(digits);
            String value = parameters.getOrDefault("rds.force_ssl", major >= 15 ? "1" : "0");
            return Verdict.when(value.equals("1"), "rds.force_ssl is not 1");
        }
        return Verdict.notApplicable();
    }
}
