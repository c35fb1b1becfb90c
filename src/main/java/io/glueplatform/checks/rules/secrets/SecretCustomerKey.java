package io.glueplatform.checks.rules.secrets;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-SM-001: Secrets Manager secrets are encrypted with a customer-managed KMS key. */
@RuleInfo(id = "GLUE-SM-001", severity = Severity.ERROR, resourceTypes = "aws_secretsmanager_secret",
        title = "Secrets Manager secrets are encrypted with a customer-managed KMS key",
        rationale = "With the default aws/secretsmanager key anyone allowed GetSecretValue can read the secret; a"
                + " customer key adds its own key policy and a separate audit trail.",
        doc = "https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html",
        fix = "set kms_key_id to the environment key",
        checkov = "CKV_AWS_149", trivy = "AVD-AWS-0098")
public final class SecretCustomerKey implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Verdict.when(resource.has("kms_key_id") && !resource.text("kms_key_id").endsWith("alias/aws/secretsmanager"), "kms_key_id is not a customer key");
    }
}
