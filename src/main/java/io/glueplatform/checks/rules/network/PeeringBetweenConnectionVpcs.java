package io.glueplatform.checks.rules.network;

import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.Verdict;
import io.glueplatform.preflight.NetworkModel.Connection;
import io.glueplatform.preflight.NetworkModel.Subnet;
import io.glueplatform.preflight.NetworkModel;
import java.util.List;
import java.util.Optional;

/** GLUE-NET-005: a job whose connections span VPCs has peering and routes between them. */
@RuleInfo(id = "GLUE-NET-005", severity = Severity.ERROR, resourceTypes = "aws_glue_job",
        title = "Connections of one job in several VPCs are joined by a VPC peering with routes both ways",
        rationale = "Glue creates the ENIs of a run in ONE subnet: that of the first suitable connection in the job's list. Resources"
                + " behind later connections in other VPCs are reachable only over a VPC peering with routes in both VPCs' route"
                + " tables (seed 003).",
        doc = "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html",
        fix = "peer the VPCs with routes both ways, or list connections of one VPC only")
public final class PeeringBetweenConnectionVpcs extends JobRule {

    @Override
    Verdict check(NetworkModel.Job job, NetworkModel model, Verdict.Builder verdict) {
        Optional<Connection> first = model.eniConnection(job);
        Optional<Subnet> eniSubnet = first.flatMap(c -> model.subnet(c.subnet()));
        if (eniSubnet.isEmpty()) {
            return Verdict.notApplicable();
        }
        Subnet eni = eniSubnet.get();
        for (Connection connection : model.connectionsOf(job)) {
            Optional<Subnet> other = model.subnet(connection.subnet());
            if (other.isEmpty() || eni.vpc() == null || eni.vpc().equals(other.get().vpc())) {
                continue;
            }
            String otherVpc = other.get().vpc();
            String otherCidr = model.vpc(otherVpc).map(NetworkModel.Vpc::cidr).orElse(other.get().cidr());
            Optional<NetworkModel.Peering> peering = model.peeringBetween(eni.vpc(), otherVpc);
            String where = "the ENIs go to " + eni.address() + " in " + eni.vpc() + " (first connection "
                    + first.get().address() + "), but " + connection.address() + " is in " + otherVpc;
            if (peering.isEmpty()) {
                verdict.fail("connection " + connection.address(), where + " and no VPC peering joins the two VPCs,"
                                + " so its resources are unreachable",
                        "add an aws_vpc_peering_connection between " + eni.vpc() + " and " + otherVpc
                                + " with routes in both route tables (connectivity.peeredVpc does this), or list connections of one VPC only");
                continue;
            }
            String pcx = peering.get().address();
            if (model.peeringRoute(eni.routeTable(), otherCidr, pcx).isEmpty()) {
                verdict.fail("connection " + connection.address(), where + "; the ENI subnet's route table "
                                + eni.routeTable() + " has no route to " + otherCidr + " over " + pcx,
                        "add an aws_route " + otherCidr + " → " + pcx + " on " + eni.routeTable());
            }
            if (model.peeringRoute(other.get().routeTable(), eni.cidr(), pcx).isEmpty()) {
                verdict.fail("connection " + connection.address(), where + "; its route table "
                                + other.get().routeTable() + " has no return route to the ENI subnet " + eni.cidr() + " over " + pcx,
                        "add an aws_route to the Glue VPC's CIDR → " + pcx + " on " + other.get().routeTable());
            }
        }
        return verdict.build();
    }
}
