package io.glueplatform.checks.rules.rds;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-RDS-002: RDS instances are not publicly accessible. */
@RuleInfo(id = "GLUE-RDS-002", severity = Severity.ERROR, resourceTypes = "aws_db_instance",
        title = "RDS instances are not publicly accessible",
        rationale = "A publicly accessible instance gets a public DNS name and address; only its security group stands"
                + " between the database and the internet.",
        doc = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html",
        fix = "set publicly_accessible = false and reach the database from inside the VPC",
        checkov = "CKV_AWS_17", trivy = "AVD-AWS-0180")
public final class DatabasePrivate implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Verdict.when(!resource.bool("publicly_accessible", false), "publicly_accessible is true");
    }
}
