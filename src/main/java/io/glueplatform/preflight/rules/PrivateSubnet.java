package io.glueplatform.preflight.rules;

import io.glueplatform.preflight.Finding;
import io.glueplatform.preflight.NetworkModel;
import io.glueplatform.preflight.NetworkModel.Connection;
import io.glueplatform.preflight.Rule;

import java.util.ArrayList;
import java.util.List;

/** GLUE-NET-003: no connection in a public subnet. */
public final class PrivateSubnet implements Rule {

    @Override
    public String id() {
        return "GLUE-NET-003";
    }

    @Override
    public String title() {
        return "A connection is in a private subnet (no route to an internet gateway)";
    }

    @Override
    public String rationale() {
        return "Glue's ENIs get private addresses only: in a subnet whose route goes to an internet gateway they cannot"
                + " reach S3 or anything outside the VPC. They belong in a private subnet with a NAT gateway or endpoints."
                + " https://docs.aws.amazon.com/glue/latest/dg/setup-vpc-for-glue-access.html";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(NetworkModel model) {
        List<Finding> findings = new ArrayList<>();
        for (NetworkModel.Job job : model.jobs().values()) {
            for (Connection connection : model.connectionsOf(job)) {
                model.subnet(connection.subnet()).ifPresent(subnet -> model.internetGatewayRoute(subnet.routeTable()).ifPresent(route ->
                        findings.add(finding(job.address(), connection.address(), "subnet " + subnet.address()
                                        + " is public: its route table " + subnet.routeTable() + " routes " + route
                                        + "; Glue ENIs have no public IP, so nothing outside the VPC is reachable",
                                "place the connection in a private subnet whose default route goes to a NAT gateway"))));
            }
        }
        return findings;
    }
}
