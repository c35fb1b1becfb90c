package io.glueplatform.checks.rules.network;

import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.Verdict;
import io.glueplatform.preflight.NetworkModel.Connection;
import io.glueplatform.preflight.NetworkModel;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** GLUE-NET-009 (warning): a job's connections cover more than one AZ when its VPC has several. */
@RuleInfo(id = "GLUE-NET-009", severity = Severity.WARNING, resourceTypes = "aws_glue_job",
        title = "A job's connections span several availability zones when its VPC has private subnets in several",
        rationale = "Glue skips connections in an unhealthy AZ and a retry picks the next connection: with all connections in one"
                + " zone a zone outage stops the job (seed 003).",
        doc = "https://docs.aws.amazon.com/glue/latest/dg/glue-connections.html",
        fix = "list one NETWORK connection per private subnet/zone")
public final class AvailabilityZoneFailover extends JobRule {

    @Override
    Verdict check(NetworkModel.Job job, NetworkModel model, Verdict.Builder verdict) {
        Optional<Connection> eni = model.eniConnection(job);
        Optional<NetworkModel.Subnet> eniSubnet = eni.flatMap(c -> model.subnet(c.subnet()));
        if (eniSubnet.isEmpty()) {
            return Verdict.notApplicable();
        }
        Set<String> used = model.connectionsOf(job).stream().map(c -> model.subnet(c.subnet()))
                .flatMap(Optional::stream).map(NetworkModel.Subnet::availabilityZone).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> available = model.subnets().values().stream()
                .filter(s -> Objects.equals(s.vpc(), eniSubnet.get().vpc()))
                .filter(s -> model.internetGatewayRoute(s.routeTable()).isEmpty())
                .map(NetworkModel.Subnet::availabilityZone).filter(Objects::nonNull).collect(Collectors.toSet());
        if (used.size() == 1 && available.size() > 1) {
            verdict.fail("connection " + eni.get().address(), "all connections are in " + used.iterator().next()
                            + " while " + eniSubnet.get().vpc() + " has private subnets in " + available.stream().sorted().toList()
                            + ": no AZ failover",
                    "list one NETWORK connection per private subnet/zone (GluePipeline does when glue.runInVpc)");
        }
        return verdict.build();
    }
}
