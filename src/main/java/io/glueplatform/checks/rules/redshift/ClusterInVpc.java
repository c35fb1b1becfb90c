package io.glueplatform.checks.rules.redshift;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-RS-007: Redshift clusters are launched in a VPC. */
@RuleInfo(id = "GLUE-RS-007", severity = Severity.ERROR, resourceTypes = "aws_redshift_cluster",
        title = "Redshift clusters are launched in a VPC",
        rationale = "A cluster without a subnet group runs in EC2-Classic-style networking with no VPC security groups or"
                + " flow logs.",
        doc = "https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html",
        fix = "set cluster_subnet_group_name and vpc_security_group_ids",
        checkov = "CKV_AWS_154", trivy = "AVD-AWS-0127", cdkNag = "AwsSolutions-RS2")
public final class ClusterInVpc implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Verdict.when(resource.has("cluster_subnet_group_name"), "cluster_subnet_group_name is not set");
    }
}
