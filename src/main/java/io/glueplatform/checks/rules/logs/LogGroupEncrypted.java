package io.glueplatform.checks.rules.logs;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-LOG-001: CloudWatch log groups are encrypted with a KMS key. */
@RuleInfo(id = "GLUE-LOG-001", severity = Severity.ERROR, resourceTypes = "aws_cloudwatch_log_group",
        title = "CloudWatch log groups are encrypted with a KMS key",
        rationale = "Logs carry hostnames, queries and error details; a customer key puts reading them under the key"
                + " policy.",
        doc = "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html",
        fix = "set kms_key_id to the environment key",
        checkov = "CKV_AWS_158", trivy = "AVD-AWS-0017")
public final class LogGroupEncrypted implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Verdict.when(resource.has("kms_key_id"), "kms_key_id is not set");
    }
}
