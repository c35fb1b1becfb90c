package io.glueplatform.checks.rules.rds;

import io.glueplatform.checks.RuleId;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import java.util.HashMap;
import java.util.Map;

/**
 * The rules on RDS instances and their parameter groups: one predicate per rule, bound to its id by {@link RuleId}.
 * What each rule requires, why and how to comply is data: {@code RdsRules.json} next to this class (in
 * src/main/resources); {@code RuleCatalog} pairs the two.
 */
public final class RdsRules {

    private RdsRules() {
    }

    @RuleId("GLUE-RDS-001")
    static Verdict databaseEncrypted(Resource resource, StackModel model) {
        return Verdict.when(resource.bool("storage_encrypted", false) || resource.has("replicate_source_db"), "storage_encrypted is not true");
    }

    @RuleId("GLUE-RDS-002")
    static Verdict databasePrivate(Resource resource, StackModel model) {
        return Verdict.when(!resource.bool("publicly_accessible", false), "publicly_accessible is true");
    }

    @RuleId("GLUE-RDS-003")
    static Verdict databaseIamAuthentication(Resource resource, StackModel model) {
        return Verdict.whenTrue(resource, "iam_database_authentication_enabled");
    }

    @RuleId("GLUE-RDS-004")
    static Verdict databaseDeletionProtection(Resource resource, StackModel model) {
        return Verdict.whenTrue(resource, "deletion_protection");
    }

    @RuleId("GLUE-RDS-005")
    static Verdict databaseBackups(Resource resource, StackModel model) {
        int days = resource.integer("backup_retention_period", resource.has("replicate_source_db") ? 0 : 1);
        return resource.has("replicate_source_db") ? Verdict.notApplicable()
                : Verdict.when(days >= 1 && days <= 35, "backup_retention_period is " + days);
    }

    @RuleId("GLUE-RDS-006")
    static Verdict databaseLogExports(Resource resource, StackModel model) {
        return Verdict.when(resource.path("enabled_cloudwatch_logs_exports").size() > 0, "enabled_cloudwatch_logs_exports is empty");
    }

    @RuleId("GLUE-RDS-007")
    static Verdict databaseTlsRequired(Resource resource, StackModel model) {
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

    @RuleId("GLUE-RDS-008")
    static Verdict databaseMultiAzInProduction(Resource resource, StackModel model) {
        String environment = model.environment();
        if (environment == null || !(environment.equals("prod") || environment.equals("production"))) {
            return Verdict.notApplicable();
        }
        return Verdict.when(resource.bool("multi_az", false), "multi_az is not true in environment " + environment);
    }

    @RuleId("GLUE-RDS-009")
    static Verdict databasePasswordNotInState(Resource resource, StackModel model) {
        if (resource.has("replicate_source_db") || resource.has("snapshot_identifier")) {
            return Verdict.notApplicable();
        }
        return Verdict.when(!resource.has("password") && resource.bool("manage_master_user_password", false),
                resource.has("password") ? "the master password is a Terraform value (it ends up in state)" : "manage_master_user_password is not true");
    }
}
