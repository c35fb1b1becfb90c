package io.glueplatform.checks.rules.glue;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.checks.RuleId;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;

/**
 * The rules on Glue security configurations, jobs, crawlers and the Data Catalog: one predicate per rule, bound to its id by {@link RuleId}.
 * What each rule requires, why and how to comply is data: {@code GlueRules.json} next to this class (in
 * src/main/resources); {@code RuleCatalog} pairs the two.
 */
public final class GlueRules {

    private GlueRules() {
    }

    @RuleId("GLUE-GLUE-001")
    static Verdict securityConfigurationAttached(Resource resource, StackModel model) {
        return Verdict.when(resource.has("security_configuration") && !resource.text("security_configuration").isBlank(), "no security_configuration");
    }

    @RuleId("GLUE-GLUE-002")
    static Verdict s3EncryptionConfigured(Resource resource, StackModel model) {
        return SecurityConfigurations.requireMode(resource, "s3_encryption", "s3_encryption_mode", "SSE-KMS");
    }

    @RuleId("GLUE-GLUE-003")
    static Verdict cloudWatchEncryptionConfigured(Resource resource, StackModel model) {
        return SecurityConfigurations.requireMode(resource, "cloudwatch_encryption", "cloudwatch_encryption_mode", "SSE-KMS");
    }

    @RuleId("GLUE-GLUE-004")
    static Verdict bookmarkEncryptionConfigured(Resource resource, StackModel model) {
        return SecurityConfigurations.requireMode(resource, "job_bookmarks_encryption", "job_bookmarks_encryption_mode", "CSE-KMS");
    }

    @RuleId("GLUE-GLUE-005")
    static Verdict catalogEncrypted(Resource resource, StackModel model) {
        JsonNode settings = resource.block("data_catalog_encryption_settings");
        String mode = TerraformDocument.block(settings.path("encryption_at_rest")).path("catalog_encryption_mode").asText("DISABLED");
        boolean passwords = TerraformDocument.bool(TerraformDocument.block(settings.path("connection_password_encryption"))
                .path("return_connection_password_encrypted"), false);
        Verdict.Builder verdict = Verdict.builder();
        if (!mode.equals("SSE-KMS")) {
            verdict.fail("catalog_encryption_mode is " + mode);
        }
        if (!passwords) {
            verdict.fail("connection passwords are returned unencrypted (return_connection_password_encrypted is not true)");
        }
        return verdict.build();
    }
}
