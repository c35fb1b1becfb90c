package io.glueplatform.checks.rules.network;

import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.Verdict;
import io.glueplatform.preflight.NetworkModel.Connection;
import io.glueplatform.preflight.NetworkModel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** GLUE-NET-007: DNS support and hostnames on every VPC a job's connections use; DNS over the peerings they rely on. */
@RuleInfo(id = "GLUE-NET-007", severity = Severity.ERROR, resourceTypes = "aws_glue_job",
        title = "VPC DNS support and DNS hostnames are on (and remote DNS resolution over the peerings a job uses)",
        rationale = "Glue connections need enableDnsSupport and enableDnsHostnames on the VPC to resolve data store endpoints and"
                + " AWS service names; over a peering, the ENI side needs allow_remote_vpc_dns_resolution to resolve the other"
                + " VPC's private names.",
        doc = "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-dns.html",
        fix = "set enable_dns_support and enable_dns_hostnames on the VPC, and allow_remote_vpc_dns_resolution on the peering")
public final class VpcDns extends JobRule {

    @Override
    Verdict check(NetworkModel.Job job, NetworkModel model, Verdict.Builder verdict) {
        Set<String> vpcs = new LinkedHashSet<>();
        for (Connection connection : model.connectionsOf(job)) {
            model.subnet(connection.subnet()).map(NetworkModel.Subnet::vpc).ifPresent(vpc -> {
                if (vpcs.add(vpc)) {
                    model.vpc(vpc).ifPresent(v -> {
                        if (!v.dnsSupport() || !v.dnsHostnames()) {
                            verdict.fail("connection " + connection.address(), "VPC " + vpc + " has "
                                            + (!v.dnsSupport() ? "enable_dns_support off" : "enable_dns_hostnames off"),
                                    "set enable_dns_support = true and enable_dns_hostnames = true on " + vpc);
                        }
                    });
                }
            });
        }
        Optional<Connection> eni = model.eniConnection(job);
        Optional<NetworkModel.Subnet> eniSubnet = eni.flatMap(c -> model.subnet(c.subnet()));
        if (eniSubnet.isEmpty()) {
            return Verdict.notApplicable();
        }
        for (Connection connection : model.connectionsOf(job)) {
            model.target(connection).flatMap(model::vpcOf).filter(vpc -> !vpc.equals(eniSubnet.get().vpc())).ifPresent(vpc ->
                    model.peeringBetween(eniSubnet.get().vpc(), vpc).ifPresent(peering -> {
                        if (!model.remoteDnsResolution(peering.address()).contains(eniSubnet.get().vpc())) {
                            verdict.fail("connection " + connection.address(), "the peering " + peering.address()
                                            + " does not let " + eniSubnet.get().vpc() + " (the ENI side) resolve private DNS names of " + vpc,
                                    "set allow_remote_vpc_dns_resolution = true for that side (aws_vpc_peering_connection_options)");
                        }
                    }));
        }
        return verdict.build();
    }
}
