package io.glueplatform.checks.rules.sg;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import java.util.List;

/** GLUE-SG-001: Every security group rule has a description. */
@RuleInfo(id = "GLUE-SG-001", severity = Severity.ERROR, resourceTypes = {"aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"},
        title = "Every security group rule has a description",
        rationale = "A description says why a port is open; reviewers and incident responders cannot tell an intended"
                + " rule from a leftover without it.",
        doc = "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
        fix = "add a description that says who needs the port and why",
        checkov = "CKV_AWS_23", trivy = "AVD-AWS-0124")
public final class RuleDescribed implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        List<String> undescribed = Permissions.of(resource).all().stream().filter(p -> p.description() == null || p.description().isBlank())
                .map(Permissions.Permission::describe).toList();
        return Verdict.when(undescribed.isEmpty(), "no description on " + String.join("; ", undescribed));
    }
}
