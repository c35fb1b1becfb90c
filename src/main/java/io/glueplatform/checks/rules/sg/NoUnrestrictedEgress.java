package io.glueplatform.checks.rules.sg;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import java.util.List;

/** GLUE-SG-005: No security group allows all ports to 0.0.0.0/0 or ::/0 outbound. */
@RuleInfo(id = "GLUE-SG-005", severity = Severity.ERROR, resourceTypes = {"aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"},
        title = "No security group allows all ports to 0.0.0.0/0 or ::/0 outbound",
        rationale = "Unrestricted egress lets a compromised workload exfiltrate data or reach command-and-control on any"
                + " port; name the ports (443 to AWS APIs, the database port).",
        doc = "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
        fix = "allow only the ports the workload needs (e.g. tcp 443), or suppress with the reason the workload"
                + " needs more")
public final class NoUnrestrictedEgress implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        List<String> open = Permissions.of(resource).all().stream().filter(p -> !p.ingress() && p.fromAnywhere() && p.allPorts())
                .map(Permissions.Permission::describe).toList();
        return Verdict.when(open.isEmpty(), "unrestricted egress: " + String.join("; ", open));
    }
}
