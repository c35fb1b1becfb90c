package io.glueplatform.checks.rules.redshift;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-RS-002: Redshift clusters are encrypted with a customer-managed KMS key. */
@RuleInfo(id = "GLUE-RS-002", severity = Severity.ERROR, resourceTypes = "aws_redshift_cluster",
        title = "Redshift clusters are encrypted with a customer-managed KMS key",
        rationale = "A customer key puts the warehouse's data under a key policy the account controls and audits.",
        doc = "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html",
        fix = "set kms_key_id to a key of the cluster's region",
        checkov = "CKV_AWS_142", trivy = "AVD-AWS-0084")
public final class ClusterCustomerKey implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Verdict.when(resource.has("kms_key_id"), "kms_key_id is not set");
    }
}
