package io.glueplatform.checks.rules.redshift;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;

/** GLUE-RS-003: Redshift clusters have audit logging enabled. */
@RuleInfo(id = "GLUE-RS-003", severity = Severity.ERROR, resourceTypes = "aws_redshift_cluster",
        title = "Redshift clusters have audit logging enabled",
        rationale = "Audit logs record connections, users and queries, the trail any access review of the warehouse"
                + " needs.",
        doc = "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html",
        fix = "add aws_redshift_logging (or the cluster's logging block) to CloudWatch or S3",
        checkov = "CKV_AWS_71", cdkNag = "AwsSolutions-RS5")
public final class ClusterAuditLogging implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        boolean inline = TerraformDocument.bool(resource.block("logging").path("enable"), false);
        boolean separate = !model.referencing("aws_redshift_logging", "cluster_identifier", resource.address()).isEmpty();
        return Verdict.when(inline || separate, "audit logging is not enabled");
    }
}
