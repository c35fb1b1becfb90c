package io.glueplatform.checks.rules.rds;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-RDS-005: RDS instances keep automated backups. */
@RuleInfo(id = "GLUE-RDS-005", severity = Severity.ERROR, resourceTypes = "aws_db_instance",
        title = "RDS instances keep automated backups",
        rationale = "A backup retention of 0 turns automated backups and point-in-time recovery off.",
        doc = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html",
        fix = "set backup_retention_period between 1 and 35 days",
        checkov = "CKV_AWS_133", cdkNag = "AwsSolutions-RDS13")
public final class DatabaseBackups implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        int days = resource.integer("backup_retention_period", resource.has("replicate_source_db") ? 0 : 1);
        return resource.has("replicate_source_db") ? Verdict.notApplicable()
                : Verdict.when(days >= 1 && days <= 35, "backup_retention_period is " + days);
    }
}
