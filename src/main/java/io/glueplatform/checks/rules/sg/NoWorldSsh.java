package io.glueplatform.checks.rules.sg;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-SG-002: No security group admits SSH (port 22) from 0.0.0.0/0 or ::/0. */
@RuleInfo(id = "GLUE-SG-002", severity = Severity.ERROR, resourceTypes = {"aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"},
        title = "No security group admits SSH (port 22) from 0.0.0.0/0 or ::/0",
        rationale = "SSH open to the internet is scanned and brute-forced within minutes; hosts here are reached with"
                + " Session Manager instead.",
        doc = "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
        fix = "remove the rule; use Session Manager, or admit only adminCidrs",
        checkov = "CKV_AWS_24")
public final class NoWorldSsh implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Permissions.of(resource).worldOpen(22, "SSH");
    }
}
