package io.glueplatform.checks.rules.glue;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-GLUE-003: Glue security configurations encrypt CloudWatch logs with KMS. */
@RuleInfo(id = "GLUE-GLUE-003", severity = Severity.ERROR, resourceTypes = "aws_glue_security_configuration",
        title = "Glue security configurations encrypt CloudWatch logs with KMS",
        rationale = "A security configuration encrypts three things separately (S3 data, CloudWatch logs, job bookmarks);"
                + " any one left DISABLED stores that data without the customer key.",
        doc = "https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html",
        fix = "set encryption_configuration.cloudwatch_encryption.cloudwatch_encryption_mode = SSE-KMS with"
                + " kms_key_arn",
        cdkNag = "AwsSolutions-GL1")
public final class CloudWatchEncryptionConfigured implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return SecurityConfigurations.requireMode(resource, "cloudwatch_encryption", "cloudwatch_encryption_mode", "SSE-KMS");
    }
}
