package io.glueplatform.checks.rules.network;

import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.Verdict;
import io.glueplatform.preflight.NetworkModel.Connection;
import io.glueplatform.preflight.NetworkModel;

/** GLUE-NET-002: every connection's subnet has an S3 gateway endpoint or a NAT route. */
@RuleInfo(id = "GLUE-NET-002", severity = Severity.ERROR, resourceTypes = "aws_glue_job",
        title = "A connection's subnet has an S3 gateway endpoint or a default route to a NAT gateway",
        rationale = "Glue validates each connection at job submission and fails with 'Could not find S3 endpoint or NAT gateway"
                + " for subnetId' when the subnet's route table has neither.",
        doc = "https://docs.aws.amazon.com/glue/latest/dg/vpc-endpoints-s3.html",
        fix = "attach an S3 gateway endpoint to the subnet's route table, or route 0.0.0.0/0 to a NAT gateway")
public final class S3EndpointOrNat extends JobRule {

    @Override
    Verdict check(NetworkModel.Job job, NetworkModel model, Verdict.Builder verdict) {
        for (Connection connection : model.connectionsOf(job)) {
            model.subnet(connection.subnet()).ifPresent(subnet -> {
                if (model.s3Endpoints(subnet.routeTable()).isEmpty() && model.natRoute(subnet.routeTable()).isEmpty()) {
                    verdict.fail("connection " + connection.address(), "subnet " + subnet.address() + " (route table "
                                    + (subnet.routeTable() == null ? "none: the VPC's main table" : subnet.routeTable())
                                    + ") has neither an S3 gateway endpoint nor a route to a NAT gateway;"
                                    + " Glue will fail the run with 'Could not find S3 endpoint or NAT gateway for subnetId'",
                            "attach an S3 gateway endpoint (aws_vpc_endpoint, type Gateway, service com.amazonaws.<region>.s3)"
                                    + " to the route table, or route 0.0.0.0/0 to a NAT gateway");
                }
            });
        }
        return verdict.build();
    }
}
