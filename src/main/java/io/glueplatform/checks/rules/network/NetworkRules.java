package io.glueplatform.checks.rules.network;

import io.glueplatform.checks.RuleId;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.config.Cidr;
import io.glueplatform.preflight.NetworkModel;
import io.glueplatform.preflight.NetworkModel.Connection;
import io.glueplatform.preflight.NetworkModel.SecurityGroup;
import io.glueplatform.preflight.NetworkModel.Subnet;
import io.glueplatform.preflight.Reachability;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules on Glue jobs in the network (the preflight, GLUE-NET-*): one predicate per rule, bound to its id by {@link RuleId}.
 * What each rule requires, why and how to comply is data: {@code NetworkRules.json} next to this class (in
 * src/main/resources); {@code RuleCatalog} pairs the two.
 */
public final class NetworkRules {

    /** Addresses AWS reserves in every subnet. */
    private static final int RESERVED = 5;

    /** Addresses a job needs in its ENI subnet. */
    private static long needed(NetworkModel.Job job) {
        return (long) (job.workers() + 1) * Math.max(1, job.maxConcurrentRuns()) + RESERVED;
    }

    /** Job arguments that try to configure the VPC (Glue ignores them). */
    private static final List<String> PREFIXES = List.of("--vpc-subnet-ids", "--vpc-security-group-ids", "--vpc", "--subnet", "--security-group");

    private NetworkRules() {
    }

    /** What the network rules share: they judge one aws_glue_job against the network graph of the stack, built once per run. */
    private interface JobPredicate {
        Verdict check(NetworkModel.Job job, NetworkModel model, Verdict.Builder verdict);
    }

    private static Verdict onJob(Resource resource, StackModel stack, JobPredicate predicate) {
        NetworkModel model = stack.view(NetworkModel.class, NetworkModel::of);
        return predicate.check(model.jobs().get(resource.address()), model, Verdict.builder());
    }

    /** The subnet of the job's first connection, where Glue places its ENIs. */
    private static Optional<Subnet> eniSubnet(NetworkModel model, NetworkModel.Job job) {
        return model.eniConnection(job).flatMap(c -> model.subnet(c.subnet()));
    }

    /** Every connection's security groups let Glue's ENIs talk to each other on all TCP ports, both ways. */
    @RuleId("GLUE-NET-001")
    static Verdict securityGroupSelfReference(Resource resource, StackModel stack) {
        return onJob(resource, stack, (job, model, verdict) -> {
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
        });
    }

    /** Every connection's subnet has an S3 gateway endpoint or a NAT route. */
    @RuleId("GLUE-NET-002")
    static Verdict s3EndpointOrNat(Resource resource, StackModel stack) {
        return onJob(resource, stack, (job, model, verdict) -> {
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
        });
    }

    /** No connection in a public subnet. */
    @RuleId("GLUE-NET-003")
    static Verdict privateSubnet(Resource resource, StackModel stack) {
        return onJob(resource, stack, (job, model, verdict) -> {
            for (Connection connection : model.connectionsOf(job)) {
                model.subnet(connection.subnet()).ifPresent(subnet -> model.internetGatewayRoute(subnet.routeTable()).ifPresent(route ->
                        verdict.fail("connection " + connection.address(), "subnet " + subnet.address()
                                        + " is public: its route table " + subnet.routeTable() + " routes " + route
                                        + "; Glue ENIs have no public IP, so nothing outside the VPC is reachable",
                                "place the connection in a private subnet whose default route goes to a NAT gateway")));
            }
            return verdict.build();
        });
    }

    /** The ENI subnet has room for the job's workers. */
    @RuleId("GLUE-NET-004")
    static Verdict subnetCapacity(Resource resource, StackModel stack) {
        return onJob(resource, stack, (job, model, verdict) -> {
            model.eniConnection(job).flatMap(c -> model.subnet(c.subnet()).map(s -> new Object[]{c, s})).ifPresent(pair -> {
                NetworkModel.Connection connection = (NetworkModel.Connection) pair[0];
                NetworkModel.Subnet subnet = (NetworkModel.Subnet) pair[1];
                long size;
                try {
                    size = Cidr.parse(subnet.cidr()).size();
                } catch (IllegalArgumentException e) {
                    return;
                }
                long needed = needed(job);
                if (needed > size) {
                    verdict.fail("connection " + connection.address(), "ENI subnet " + subnet.address() + " (" + subnet.cidr()
                                    + ") has " + size + " addresses, the job needs ≈ " + needed + " ((" + job.workers()
                                    + " workers + 1 driver) × " + job.maxConcurrentRuns() + " concurrent run(s) + " + RESERVED + " reserved)",
                            "use a larger subnet for the first connection, or fewer workers / concurrent runs");
                }
            });
            return verdict.build();
        });
    }

    /** A job whose connections span VPCs has peering and routes between them. */
    @RuleId("GLUE-NET-005")
    static Verdict peeringBetweenConnectionVpcs(Resource resource, StackModel stack) {
        return onJob(resource, stack, (job, model, verdict) -> {
            Optional<Connection> first = model.eniConnection(job);
            Optional<Subnet> eniSubnet = eniSubnet(model, job);
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
        });
    }

    /** Every JDBC connection's store is reachable from the job's ENI subnet. */
    @RuleId("GLUE-NET-006")
    static Verdict dataStoreReachable(Resource resource, StackModel stack) {
        return onJob(resource, stack, (job, model, verdict) -> {
            Optional<Connection> eni = model.eniConnection(job);
            if (eni.isEmpty()) {
                return Verdict.notApplicable();
            }
            for (Connection connection : model.connectionsOf(job)) {
                model.target(connection).ifPresent(store -> {
                    Reachability path = Reachability.trace(model, eni.get(), store);
                    if (!path.reachable()) {
                        verdict.fail("connection " + connection.address(), store.address() + " (port " + store.port()
                                + ") is not reachable from the ENI subnet " + eni.get().subnet() + ": " + path.problem(), path.fix());
                    }
                });
            }
            return verdict.build();
        });
    }

    /** DNS support and hostnames on every VPC a job's connections use; DNS over the peerings they rely on. */
    @RuleId("GLUE-NET-007")
    static Verdict vpcDns(Resource resource, StackModel stack) {
        return onJob(resource, stack, (job, model, verdict) -> {
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
            Optional<Subnet> eniSubnet = eniSubnet(model, job);
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
        });
    }

    /** No VPC settings in job arguments. */
    @RuleId("GLUE-NET-008")
    static Verdict noVpcJobArguments(Resource resource, StackModel stack) {
        return onJob(resource, stack, (job, model, verdict) -> {
            for (String key : job.defaultArguments().keySet()) {
                if (PREFIXES.stream().anyMatch(key.toLowerCase()::startsWith)) {
                    verdict.fail(null, "default argument '" + key + "' tries to configure the VPC; Glue ignores it",
                            "remove it and list NETWORK/JDBC connections in the job's connections (GluePipeline does; glue.runInVpc)");
                }
            }
            return verdict.build();
        });
    }

    /** A job's connections cover more than one AZ when its VPC has several. */
    @RuleId("GLUE-NET-009")
    static Verdict availabilityZoneFailover(Resource resource, StackModel stack) {
        return onJob(resource, stack, (job, model, verdict) -> {
            Optional<Connection> eni = model.eniConnection(job);
            Optional<Subnet> eniSubnet = eniSubnet(model, job);
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
        });
    }
}
