package io.glueplatform.checks.rules.rds;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-RDS-004: RDS instances have deletion protection. */
@RuleInfo(id = "GLUE-RDS-004", severity = Severity.ERROR, resourceTypes = "aws_db_instance",
        title = "RDS instances have deletion protection",
        rationale = "Deletion protection makes a delete (a mistaken destroy, a renamed resource) fail instead of dropping"
                + " the database. Disposable environments opt out; the platform then records a suppression with the"
                + " reason.",
        doc = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html",
        fix = "set deletion_protection = true (database.deletionProtection)",
        checkov = "CKV_AWS_293", trivy = "AVD-AWS-0177", cdkNag = "AwsSolutions-RDS10")
public final class DatabaseDeletionProtection implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Verdict.when(resource.bool("deletion_protection", false), "deletion_protection is not true");
    }
}
