package io.glueplatform.checks.rules.glue;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-GLUE-004: Glue security configurations encrypt job bookmarks with KMS. */
@RuleInfo(id = "GLUE-GLUE-004", severity = Severity.ERROR, resourceTypes = "aws_glue_security_configuration",
        title = "Glue security configurations encrypt job bookmarks with KMS",
        rationale = "A security configuration encrypts three things separately (S3 data, CloudWatch logs, job bookmarks);"
                + " any one left DISABLED stores that data without the customer key.",
        doc = "https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html",
        fix = "set encryption_configuration.job_bookmarks_encryption.job_bookmarks_encryption_mode = CSE-KMS with"
                + " kms_key_arn",
        cdkNag = "AwsSolutions-GL3")
public final class BookmarkEncryptionConfigured implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return SecurityConfigurations.requireMode(resource, "job_bookmarks_encryption", "job_bookmarks_encryption_mode", "CSE-KMS");
    }
}
