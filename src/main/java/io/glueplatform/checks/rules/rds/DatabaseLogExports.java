package io.glueplatform.checks.rules.rds;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-RDS-006: RDS instances export their logs to CloudWatch Logs. */
@RuleInfo(id = "GLUE-RDS-006", severity = Severity.ERROR, resourceTypes = "aws_db_instance",
        title = "RDS instances export their logs to CloudWatch Logs",
        rationale = "Exported error, general/slow-query or PostgreSQL logs can be searched, retained and alarmed on; logs"
                + " that stay on the instance are lost with it.",
        doc = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html",
        fix = "set enabled_cloudwatch_logs_exports (mysql: error, general, slowquery; postgres: postgresql)",
        checkov = "CKV_AWS_129")
public final class DatabaseLogExports implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Verdict.when(resource.path("enabled_cloudwatch_logs_exports").size() > 0, "enabled_cloudwatch_logs_exports is empty");
    }
}
