package io.glueplatform.checks.rules.vpc;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-VPC-001: Every VPC has flow logs. */
@RuleInfo(id = "GLUE-VPC-001", severity = Severity.ERROR, resourceTypes = "aws_vpc",
        title = "Every VPC has flow logs",
        rationale = "Flow logs are the only record of which addresses talked to which on what port; without them a"
                + " network incident cannot be reconstructed.",
        doc = "https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html",
        fix = "add aws_flow_log for the VPC (network.flowLogs) to a KMS-encrypted log group",
        checkov = "CKV2_AWS_11", trivy = "AVD-AWS-0178", cdkNag = "AwsSolutions-VPC7")
public final class FlowLogs implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Verdict.when(!model.referencing("aws_flow_log", "vpc_id", resource.address()).isEmpty(), "no aws_flow_log records this VPC's traffic");
    }
}
