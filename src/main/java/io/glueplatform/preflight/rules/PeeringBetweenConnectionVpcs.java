package io.glueplatform.preflight.rules;

import io.glueplatform.preflight.Finding;
import io.glueplatform.preflight.NetworkModel;
import io.glueplatform.preflight.NetworkModel.Connection;
import io.glueplatform.preflight.NetworkModel.Subnet;
import io.glueplatform.preflight.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** GLUE-NET-005: a job whose connections span VPCs has peering and routes between them. */
public final class PeeringBetweenConnectionVpcs implements Rule {

    @Override
    public String id() {
        return "GLUE-NET-005";
    }

    @Override
    public String title() {
        return "Connections of one job in several VPCs are joined by a VPC peering with routes both ways";
    }

    @Override
    public String rationale() {
        return "Glue creates the ENIs of a run in ONE subnet: that of the first suitable connection in the job's list. Resources"
                + " behind later connections in other VPCs are reachable only over a VPC peering with routes in both VPCs' route"
                + " tables (seed 003). https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(NetworkModel model) {
        List<Finding> findings = new ArrayList<>();
        for (NetworkModel.Job job : model.jobs().values()) {
            Optional<Connection> first = model.eniConnection(job);
            Optional<Subnet> eniSubnet = first.flatMap(c -> model.subnet(c.subnet()));
            if (eniSubnet.isEmpty()) {
                continue;
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
                    findings.add(finding(job.address(), connection.address(), where + " and no VPC peering joins the two VPCs,"
                                    + " so its resources are unreachable",
                            "add an aws_vpc_peering_connection between " + eni.vpc() + " and " + otherVpc
                                    + " with routes in both route tables (connectivity.peeredVpc does this), or list connections of one VPC only"));
                    continue;
                }
                String pcx = peering.get().address();
                if (model.peeringRoute(eni.routeTable(), otherCidr, pcx).isEmpty()) {
                    findings.add(finding(job.address(), connection.address(), where + "; the ENI subnet's route table "
                                    + eni.routeTable() + " has no route to " + otherCidr + " over " + pcx,
                            "add an aws_route " + otherCidr + " → " + pcx + " on " + eni.routeTable()));
                }
                if (model.peeringRoute(other.get().routeTable(), eni.cidr(), pcx).isEmpty()) {
                    findings.add(finding(job.address(), connection.address(), where + "; its route table "
                                    + other.get().routeTable() + " has no return route to the ENI subnet " + eni.cidr() + " over " + pcx,
                            "add an aws_route to the Glue VPC's CIDR → " + pcx + " on " + other.get().routeTable()));
                }
            }
        }
        return findings;
    }
}
