package io.glueplatform.checks.rules.rds;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-RDS-003: RDS instances enable IAM database authentication. */
@RuleInfo(id = "GLUE-RDS-003", severity = Severity.ERROR, resourceTypes = "aws_db_instance",
        title = "RDS instances enable IAM database authentication",
        rationale = "IAM authentication lets jobs and people connect with short-lived tokens tied to IAM roles instead of"
                + " long-lived passwords.",
        doc = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html",
        fix = "set iam_database_authentication_enabled = true",
        checkov = "CKV_AWS_161", trivy = "AVD-AWS-0176")
public final class DatabaseIamAuthentication implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Verdict.when(resource.bool("iam_database_authentication_enabled", false), "iam_database_authentication_enabled is not true");
    }
}
