package io.glueplatform.checks.rules.sg;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import java.util.List;

/** GLUE-SG-006: The default security group of every VPC has no rules. */
@RuleInfo(id = "GLUE-SG-006", severity = Severity.ERROR, resourceTypes = "aws_vpc",
        title = "The default security group of every VPC has no rules",
        rationale = "Resources launched without a group land in the default one; with its default rules they can talk to"
                + " each other and out. Managing it with no rules closes that.",
        doc = "https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html",
        fix = "add aws_default_security_group for the VPC with no ingress and no egress",
        checkov = "CKV2_AWS_12", trivy = "AVD-AWS-0173")
public final class DefaultSecurityGroupClosed implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        List<Resource> defaults = model.referencing("aws_default_security_group", "vpc_id", resource.address());
        if (defaults.isEmpty()) {
            return Verdict.fail("the VPC's default security group is not managed, so it keeps AWS's default rules");
        }
        Resource group = defaults.get(0);
        return Verdict.when(group.path("ingress").size() == 0 && group.path("egress").size() == 0,
                group.address() + " still has rules");
    }
}
