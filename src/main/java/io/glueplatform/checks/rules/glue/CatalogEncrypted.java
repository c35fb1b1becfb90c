package io.glueplatform.checks.rules.glue;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;

/** GLUE-GLUE-005: Glue Data Catalog encryption settings encrypt metadata and connection passwords with KMS. */
@RuleInfo(id = "GLUE-GLUE-005", severity = Severity.ERROR, resourceTypes = "aws_glue_data_catalog_encryption_settings",
        title = "Glue Data Catalog encryption settings encrypt metadata and connection passwords with KMS",
        rationale = "Catalog metadata (schemas, locations) and connection passwords are stored unencrypted unless the"
                + " account's catalog settings say otherwise.",
        doc = "https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html",
        fix = "set encryption_at_rest.catalog_encryption_mode = SSE-KMS and"
                + " connection_password_encryption.return_connection_password_encrypted = true",
        checkov = "CKV_AWS_94")
public final class CatalogEncrypted implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
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
