package io.glueplatform.checks.rules.network;

import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.Verdict;
import io.glueplatform.preflight.NetworkModel.Connection;
import io.glueplatform.preflight.NetworkModel.SecurityGroup;
import io.glueplatform.preflight.NetworkModel;
import java.util.List;
import java.util.Optional;

/** GLUE-NET-001: every connection's security groups let Glue's ENIs talk to each other on all TCP ports, both ways. */
@RuleInfo(id = "GLUE-NET-001", severity = Severity.ERROR, resourceTypes = "aws_glue_job",
        title = "A connection's security group has a self-referencing all-TCP inbound rule and outbound to itself",
        rationale = "Spark's driver and executors run on several ENIs and talk on dynamic ports; without a self-referencing"
                + " inbound rule for all TCP ports (and outbound to the group) executors fail with 'Connection refused'"
                + " (seed 001).",
        doc = "https://docs.aws.amazon.com/glue/latest/dg/setup-vpc-for-glue-access.html",
        fix = "add ingress and egress rules on all TCP ports whose source/destination is the group itself")
public final class SecurityGroupSelfReference extends JobRule {

    @Override
    Verdict check(NetworkModel.Job job, NetworkModel model, Verdict.Builder verdict) {
        for (Connection connection : model.connectionsOf(job)) {
            if (connection.subnet() == null) {
                continue;
            }
            List<SecurityGroup> groups = connection.securityGroups().stream().map(model::securityGroup).flatMap(Optional::stream).toList();
            if (groups.isEmpty()) {
                continue;
            }
            boolean inbound = groups.stream().anyMatch(g -> g.rules().stream()
                    .anyMatch(r -> r.ingress() && r.coversAllTcp() && g.address().equals(r.peerGroup())));
            boolean outbound = groups.stream().anyMatch(g -> g.rules().stream()
                    .anyMatch(r -> !r.ingress() && r.coversAllTcp() && (g.address().equals(r.peerGroup()) || "0.0.0.0/0".equals(r.cidr()))));
            String names = connection.securityGroups().toString();
            if (!inbound) {
                verdict.fail("connection " + connection.address(), "security group " + names
                                + " has no self-referencing inbound rule for all TCP ports (0-65535)",
                        "add an ingress rule tcp 0-65535 whose source is the group itself (Firewall.allowSelf)");
            }
            if (!outbound) {
                verdict.fail("connection " + connection.address(), "security group " + names
                                + " has no outbound rule for all TCP ports to itself",
                        "add an egress rule tcp 0-65535 to the group itself (Firewall.allowSelf)");
            }
        }
        return verdict.build();
    }
}
