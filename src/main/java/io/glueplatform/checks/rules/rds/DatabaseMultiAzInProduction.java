package io.glueplatform.checks.rules.rds;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-RDS-008: RDS instances of a production environment are Multi-AZ. */
@RuleInfo(id = "GLUE-RDS-008", severity = Severity.ERROR, resourceTypes = "aws_db_instance",
        title = "RDS instances of a production environment are Multi-AZ",
        rationale = "A single-AZ instance is down for the length of an AZ outage or a host failure; Multi-AZ fails over"
                + " in minutes. Production is recognised by the provider default tag Environment = prod or production.",
        doc = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html",
        fix = "set multi_az = true (database.multiAz)",
        checkov = "CKV_AWS_157", cdkNag = "AwsSolutions-RDS3")
public final class DatabaseMultiAzInProduction implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        String environment = model.environment();
        if (environment == null || !(environment.equals("prod") || environment.equals("production"))) {
            return Verdict.notApplicable();
        }
        return Verdict.when(resource.bool("multi_az", false), "multi_az is not true in environment " + environment);
    }
}
