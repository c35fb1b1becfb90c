package io.glueplatform.checks.rules.network;

import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.Verdict;
import io.glueplatform.preflight.NetworkModel.Connection;
import io.glueplatform.preflight.NetworkModel;

/** GLUE-NET-003: no connection in a public subnet. */
@RuleInfo(id = "GLUE-NET-003", severity = Severity.ERROR, resourceTypes = "aws_glue_job",
        title = "A connection is in a private subnet (no route to an internet gateway)",
        rationale = "Glue's ENIs get private addresses only: in a subnet whose route goes to an internet gateway they cannot"
                + " reach S3 or anything outside the VPC. They belong in a private subnet with a NAT gateway or endpoints.",
        doc = "https://docs.aws.amazon.com/glue/latest/dg/setup-vpc-for-glue-access.html",
        fix = "place the connection in a private subnet whose default route goes to a NAT gateway")
public final class PrivateSubnet extends JobRule {

    @Override
    Verdict check(NetworkModel.Job job, NetworkModel model, Verdict.Builder verdict) {
        for (Connection connection : model.connectionsOf(job)) {
            model.subnet(connection.subnet()).ifPresent(subnet -> model.internetGatewayRoute(subnet.routeTable()).ifPresent(route ->
                    verdict.fail("connection " + connection.address(), "subnet " + subnet.address()
                                    + " is public: its route table " + subnet.routeTable() + " routes " + route
                                    + "; Glue ENIs have no public IP, so nothing outside the VPC is reachable",
                            "place the connection in a private subnet whose default route goes to a NAT gateway")));
        }
        return verdict.build();
    }
}
