package io.glueplatform.checks.rules.sg;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import java.util.List;

/** GLUE-SG-004: No security group admits any port from 0.0.0.0/0 or ::/0. */
@RuleInfo(id = "GLUE-SG-004", severity = Severity.ERROR, resourceTypes = {"aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"},
        title = "No security group admits any port from 0.0.0.0/0 or ::/0",
        rationale = "Nothing in the platform serves the internet directly: admin surfaces are open only to adminCidrs and"
                + " everything else to security groups or VPC ranges.",
        doc = "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
        fix = "admit a security group, the VPC CIDR or adminCidrs instead of the world",
        cdkNag = "AwsSolutions-EC23")
public final class NoWorldIngress implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        List<String> open = Permissions.of(resource).ingress().stream().filter(Permissions.Permission::fromAnywhere)
                .map(Permissions.Permission::describe).toList();
        return Verdict.when(open.isEmpty(), "open to the world: " + String.join("; ", open));
    }
}
