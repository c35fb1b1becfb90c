package io.glueplatform.preflight.rules;

import io.glueplatform.preflight.Finding;
import io.glueplatform.preflight.NetworkModel;
import io.glueplatform.preflight.NetworkModel.Connection;
import io.glueplatform.preflight.Rule;

import java.util.ArrayList;
import java.util.List;

/** GLUE-NET-002: every connection's subnet has an S3 gateway endpoint or a NAT route. */
public final class S3EndpointOrNat implements Rule {

    @Override
    public String id() {
        return "GLUE-NET-002";
    }

    @Override
    public String title() {
        return "A connection's subnet has an S3 gateway endpoint or a default route to a NAT gateway";
    }

    @Override
    public String rationale() {
        return "Glue validates each connection at job submission and fails with 'Could not find S3 endpoint or NAT gateway"
                + " for subnetId' when the subnet's route table has neither. https://docs.aws.amazon.com/glue/latest/dg/vpc-endpoints-s3.html";
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
                model.subnet(connection.subnet()).ifPresent(subnet -> {
                    if (model.s3Endpoints(subnet.routeTable()).isEmpty() && model.natRoute(subnet.routeTable()).isEmpty()) {
                        findings.add(finding(job.address(), connection.address(), "subnet " + subnet.address() + " (route table "
                                        + (subnet.routeTable() == null ? "none: the VPC's main table" : subnet.routeTable())
                                        + ") has neither an S3 gateway endpoint nor a route to a NAT gateway;"
                                        + " Glue will fail the run with 'Could not find S3 endpoint or NAT gateway for subnetId'",
                                "attach an S3 gateway endpoint (aws_vpc_endpoint, type Gateway, service com.amazonaws.<region>.s3)"
                                        + " to the route table, or route 0.0.0.0/0 to a NAT gateway"));
                    }
                });
            }
        }
        return findings;
    }
}
