package io.glueplatform.preflight.rules;

import io.glueplatform.preflight.Finding;
import io.glueplatform.preflight.NetworkModel;
import io.glueplatform.preflight.NetworkModel.Connection;
import io.glueplatform.preflight.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** GLUE-NET-009 (warning): a job's connections cover more than one AZ when its VPC has several. */
public final class AvailabilityZoneFailover implements Rule {

    @Override
    public String id() {
        return "GLUE-NET-009";
    }

    @Override
    public String title() {
        return "A job's connections span several availability zones when its VPC has private subnets in several";
    }

    @Override
    public String rationale() {
        return "Glue skips connections in an unhealthy AZ and a retry picks the next connection: with all connections in one"
                + " zone a zone outage stops the job (seed 003). https://docs.aws.amazon.com/glue/latest/dg/glue-connections.html";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(NetworkModel model) {
        List<Finding> findings = new ArrayList<>();
        for (NetworkModel.Job job : model.jobs().values()) {
            Optional<Connection> eni = model.eniConnection(job);
            Optional<NetworkModel.Subnet> eniSubnet = eni.flatMap(c -> model.subnet(c.subnet()));
            if (eniSubnet.isEmpty()) {
                continue;
            }
            Set<String> used = model.connectionsOf(job).stream().map(c -> model.subnet(c.subnet()))
                    .flatMap(Optional::stream).map(NetworkModel.Subnet::availabilityZone).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            Set<String> available = model.subnets().values().stream()
                    .filter(s -> Objects.equals(s.vpc(), eniSubnet.get().vpc()))
                    .filter(s -> model.internetGatewayRoute(s.routeTable()).isEmpty())
                    .map(NetworkModel.Subnet::availabilityZone).filter(Objects::nonNull).collect(Collectors.toSet());
            if (used.size() == 1 && available.size() > 1) {
                findings.add(finding(job.address(), eni.get().address(), "all connections are in " + used.iterator().next()
                                + " while " + eniSubnet.get().vpc() + " has private subnets in " + available.stream().sorted().toList()
                                + ": no AZ failover",
                        "list one NETWORK connection per private subnet/zone (GluePipeline does when glue.runInVpc)"));
            }
        }
        return findings;
    }
}
