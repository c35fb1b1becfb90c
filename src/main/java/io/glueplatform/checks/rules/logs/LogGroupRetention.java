package io.glueplatform.checks.rules.logs;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-LOG-002: CloudWatch log groups have a retention period. */
@RuleInfo(id = "GLUE-LOG-002", severity = Severity.ERROR, resourceTypes = "aws_cloudwatch_log_group",
        title = "CloudWatch log groups have a retention period",
        rationale = "Without retention logs are kept (and billed) forever. The period is the environment's choice"
                + " (logRetentionDays); checkov's CKV_AWS_338 additionally asks for at least a year, which only prod"
                + " sets.",
        doc = "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html",
        fix = "set retention_in_days (logRetentionDays)",
        checkov = "CKV_AWS_66")
public final class LogGroupRetention implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Verdict.when(resource.integer("retention_in_days", 0) > 0, "retention_in_days is not set (logs never expire)");
    }
}
