package io.glueplatform.checks.rules.redshift;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-RS-001: Redshift clusters are encrypted at rest. */
@RuleInfo(id = "GLUE-RS-001", severity = Severity.ERROR, resourceTypes = "aws_redshift_cluster",
        title = "Redshift clusters are encrypted at rest",
        rationale = "An unencrypted cluster stores data blocks and snapshots in the clear.",
        doc = "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html",
        fix = "set encrypted = true",
        checkov = "CKV_AWS_64", cdkNag = "AwsSolutions-RS6")
public final class ClusterEncrypted implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Verdict.when(resource.bool("encrypted", false), "encrypted is not true");
    }
}
