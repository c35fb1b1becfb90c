package io.glueplatform.checks.rules.redshift;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-RS-005: Redshift clusters are not publicly accessible. */
@RuleInfo(id = "GLUE-RS-005", severity = Severity.ERROR, resourceTypes = "aws_redshift_cluster",
        title = "Redshift clusters are not publicly accessible",
        rationale = "A public cluster answers on a public address; only its security group protects it. The cross-region"
                + " store reached through the NAT EIP is the documented exception and carries a suppression with its"
                + " reason.",
        doc = "https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html",
        fix = "set publicly_accessible = false, or peer the VPCs",
        checkov = "CKV_AWS_87", cdkNag = "AwsSolutions-RS8")
public final class ClusterPrivate implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Verdict.when(!resource.bool("publicly_accessible", true), "publicly_accessible is true (the provider default when unset)");
    }
}
