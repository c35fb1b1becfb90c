package io.glueplatform.diagram;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.cost.CanonicalJson;
import io.glueplatform.checks.Suppression;
import io.glueplatform.cost.CostEstimate;
import io.glueplatform.diagram.Graph.Cluster;
import io.glueplatform.diagram.Graph.EdgeKind;
import io.glueplatform.diagram.Graph.NodeKind;
import io.glueplatform.preflight.NetworkModel;
import io.glueplatform.preflight.NetworkModel.SgRule;
import io.glueplatform.preflight.NetworkModel.Subnet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws one environment from its synthesized Terraform document: every VPC with one column per availability zone,
 * public and private subnets, NAT and internet gateways, endpoints, Glue connections where they place ENIs, hosts,
 * ECS services, data stores, the security-group rules between them, each Glue job's path to its stores and the
 * monthly cost in the legend. Reads the network through {@link NetworkModel} (the preflight's reading of the same
 * document) and everything else straight from the JSON.
 */
public final class DiagramBuilder {

    private static final Pattern REF = Pattern.compile("\\$\\{([a-z0-9_]+)\\.([A-Za-z0-9_-]+)\\.[a-z_]+");
    private static final Pattern EIP_CIDR = Pattern.compile("\\$\\{aws_eip\\.([A-Za-z0-9_-]+)\\.public_ip}/32");

    private final String environment;
    private final JsonNode document;
    private final NetworkModel model;
    private final Graph graph;
    /** Security group address → ids of the nodes that carry it and take part in traffic. */
    private final Map<String, Set<String>> members = new LinkedHashMap<>();
    /** Node id → its detail lines (mutable until the node is added), to note CIDR rules on the target. */
    private final Map<String, List<String>> pendingLines = new LinkedHashMap<>();
    private final Map<String, String> internetGateways = new LinkedHashMap<>();
    private final Set<String> eniConnections = new LinkedHashSet<>();

    private DiagramBuilder(String environment, JsonNode document) {
        this.environment = environment;
        this.document = document;
        this.model = NetworkModel.of(document);
        this.graph = new Graph("glue-platform · " + environment);
    }

    /**
     * @param suppressions the environment's configured suppressions, as the synth applies them
     */
    public static Graph build(String environment, JsonNode document, List<Suppression> suppressions, CostEstimate cost) {
        DiagramBuilder builder = new DiagramBuilder(environment, CanonicalJson.of(document));
        return builder.draw(suppressions, cost);
    }

    private Graph draw(List<Suppression> suppressions, CostEstimate cost) {
        resources("aws_internet_gateway").forEach((address, igw) -> ref(igw.path("vpc_id")).ifPresent(vpc -> internetGateways.put(vpc, address)));
        model.jobs().values().forEach(job -> model.eniConnection(job).ifPresent(c -> eniConnections.add(c.address())));
        collectMembers();

        Cluster jobs = graph.root().cluster("jobs", "Glue jobs (on demand) — connections in job order, ★ = where the ENIs go", "group");
        model.jobs().values().forEach(job -> jobs.node(job.address(), NodeKind.JOB, job.name(), jobLines(job)));
        graph.root().node(Ids.INTERNET, NodeKind.EXTERNAL, "internet", List.of());
        model.vpcs().values().forEach(this::drawVpc);
        model.peerings().values().forEach(p -> graph.root().node(p.address(), NodeKind.GATEWAY, "VPC peering " + Ids.name(p.address()),
                List.of(Ids.name(p.requesterVpc()) + " ⇄ " + Ids.name(p.accepterVpc()),
                        "remote DNS resolution: " + (model.remoteDnsResolution(p.address()).isEmpty() ? "off"
                                : String.join(", ", model.remoteDnsResolution(p.address()).stream().map(Ids::name).toList())))));
        routeEdges();
        JobPaths.Result paths = JobPaths.compute(environment, model, suppressions, vpc -> Optional.ofNullable(internetGateways.get(vpc)));
        Set<String> storesOnPaths = new LinkedHashSet<>();
        paths.segments().forEach(s -> storesOnPaths.add(s.to()));
        securityGroupEdges(storesOnPaths);
        paths.segments().forEach(s -> graph.edge(s.from(), s.to(), s.broken() ? EdgeKind.BROKEN
                : s.from().startsWith("aws_glue_job.") ? EdgeKind.JOB : EdgeKind.PATH, s.label()));
        problems(paths);
        legend(paths, cost);
        graph.edge(Ids.INTERNET, Ids.LEGEND, EdgeKind.LAYOUT, null);
        return graph;
    }

    // ----- network -----

    private void drawVpc(NetworkModel.Vpc vpc) {
        Cluster box = graph.root().cluster(vpc.address(), "VPC " + Ids.name(vpc.address()) + " · " + vpc.cidr() + " · "
                + Optional.ofNullable(vpc.region()).orElse("region ?") + dns(vpc), "vpc");
        Optional.ofNullable(internetGateways.get(vpc.address())).ifPresent(igw ->
                box.node(igw, NodeKind.GATEWAY, "internet gateway", List.of(Ids.name(igw))));
        Map<String, List<Subnet>> zones = new TreeMap<>();
        model.subnets().values().stream().filter(s -> vpc.address().equals(s.vpc()))
                .forEach(s -> zones.computeIfAbsent(Optional.ofNullable(s.availabilityZone()).orElse("zone ?"), k -> new ArrayList<>()).add(s));
        List<String> zoneTops = new ArrayList<>();
        zones.forEach((zone, subnets) -> {
            Cluster column = box.cluster(vpc.address() + "/" + zone, zone, "zone");
            // Traffic flows down: private subnets (Glue ENIs, hosts) above the public ones (NAT), above the gateways.
            String previous = null;
            for (boolean isPublic : List.of(false, true)) {
                for (Subnet subnet : subnets) {
                    if (isPublic(subnet) != isPublic) {
                        continue;
                    }
                    Cluster subnetBox = drawSubnet(column, subnet, isPublic);
                    String top = stack(subnetBox, Ids.routes(subnet.address()));
                    if (previous != null) {
                        graph.edge(previous, top, EdgeKind.LAYOUT, null);
                    } else {
                        zoneTops.add(top);
                        model.jobs().keySet().stream().findFirst().ifPresent(job -> graph.edge(job, top, EdgeKind.LAYOUT, null));
                    }
                    previous = Ids.routes(subnet.address());
                }
            }
        });
        graph.row(zoneTops);
        resources("aws_vpc_endpoint").forEach((address, endpoint) -> {
            if (!"Interface".equalsIgnoreCase(endpoint.path("vpc_endpoint_type").asText("Gateway"))
                    && vpc.address().equals(ref(endpoint.path("vpc_id")).orElse(null))) {
                box.node(address, NodeKind.ENDPOINT, "S3 gateway endpoint", List.of(Ids.name(address) + " · free, via route tables"));
            }
        });
        drawStores(box, vpc.address());
        drawServices(box, vpc.address());
        drawUnattachedGroups(box, vpc.address());
        // Nodes without an incoming edge would share the jobs' row and push the jobs beside the VPC: keep them below.
        model.jobs().keySet().stream().findFirst().ifPresent(job -> {
            box.nodes().forEach(n -> graph.edge(job, n.id(), EdgeKind.LAYOUT, null));
            box.clusters().stream().filter(c -> c.style().equals("plain")).flatMap(c -> c.nodes().stream())
                    .forEach(n -> graph.edge(job, n.id(), EdgeKind.LAYOUT, null));
        });
    }

    private String dns(NetworkModel.Vpc vpc) {
        return vpc.dnsSupport() && vpc.dnsHostnames() ? " · DNS support + hostnames" : " · DNS " + (vpc.dnsSupport() ? "support only" : "off");
    }

    private boolean isPublic(Subnet subnet) {
        return model.internetGatewayRoute(subnet.routeTable()).isPresent();
    }

    /**
     * Lays a subnet's nodes out two per row above its routes node (Graphviz would otherwise put every node without
     * an incoming edge on the top row, making the picture very wide). Returns the id of the top node.
     */
    private String stack(Cluster subnetBox, String routes) {
        // The connection that receives the ENIs goes on the top row, where the jobs' edges arrive.
        List<String> content = subnetBox.nodes().stream().filter(n -> !n.id().equals(routes))
                .sorted(java.util.Comparator.comparing(n -> n.kind() == NodeKind.ENI_CONNECTION ? 0 : 1)).map(Graph.Node::id).toList();
        for (int i = 0; i < content.size(); i++) {
            graph.edge(content.get(i), i + 2 < content.size() ? content.get(i + 2) : routes, EdgeKind.LAYOUT, null);
        }
        return content.isEmpty() ? routes : content.get(0);
    }

    /** A subnet's box: its routes node, NAT gateways, Glue connections, hosts and interface endpoint ENIs. */
    private Cluster drawSubnet(Cluster column, Subnet subnet, boolean isPublic) {
        Cluster box = column.cluster(subnet.address(), (isPublic ? "public" : "private") + " subnet " + Ids.name(subnet.address())
                + " · " + subnet.cidr(), isPublic ? "public" : "private");
        List<String> routes = new ArrayList<>();
        routes.add("route table " + (subnet.routeTable() == null ? "none (main)" : Ids.name(subnet.routeTable())));
        model.routes(subnet.routeTable()).forEach(r -> routes.add(r.destination() + " → " + Ids.name(r.target())));
        model.s3Endpoints(subnet.routeTable()).forEach(e -> routes.add("S3 prefix list → " + Ids.name(e)));
        String routesId = Ids.routes(subnet.address());
        box.node(routesId, NodeKind.SUBNET_ROUTES, "routes", routes);
        resources("aws_nat_gateway").forEach((address, nat) -> {
            if (subnet.address().equals(ref(nat.path("subnet_id")).orElse(null))) {
                box.node(address, NodeKind.NAT, "NAT gateway " + Ids.name(address),
                        List.of("Elastic IP " + ref(nat.path("allocation_id")).map(Ids::name).orElse("none (private NAT)")));
            }
        });
        resources("aws_glue_connection").forEach((address, connection) -> {
            model.connection(address).filter(c -> subnet.address().equals(c.subnet())).ifPresent(c -> {
                boolean eni = eniConnections.contains(address);
                box.node(address, eni ? NodeKind.ENI_CONNECTION : NodeKind.CONNECTION, (eni ? "★ " : "") + c.name(), connectionLines(c, eni));
            });
        });
        resources("aws_instance").forEach((address, instance) -> {
            if (subnet.address().equals(ref(instance.path("subnet_id")).orElse(null))) {
                box.node(address, NodeKind.HOST, "EC2 " + Ids.name(address), withPending(address, hostLines(instance)));
            }
        });
        List<String> services = new ArrayList<>();
        resources("aws_vpc_endpoint").forEach((address, endpoint) -> {
            if (refs(endpoint.path("subnet_ids")).contains(subnet.address())) {
                services.add(lastSegment(endpoint.path("service_name").asText(Ids.name(address))));
            }
        });
        if (!services.isEmpty()) {
            String id = Ids.interfaceEndpoints(subnet.address());
            box.node(id, NodeKind.ENDPOINT, "interface endpoints (ENIs)", withPending(id, List.of(String.join(" · ", services))));
        }
        return box;
    }

    private List<String> connectionLines(NetworkModel.Connection c, boolean eni) {
        List<String> lines = new ArrayList<>();
        long firstOf = model.jobs().values().stream().filter(j -> model.eniConnection(j).map(x -> x.address().equals(c.address())).orElse(false)).count();
        lines.add(c.type() + (model.target(c).map(s -> " → " + Ids.name(s.address())).orElse("")));
        lines.add(eni ? "first connection of " + firstOf + " job(s): their ENIs are here" : "listed later: failover / JDBC settings only");
        c.securityGroups().forEach(g -> lines.add("SG " + Ids.name(g) + selfReference(g)));
        return lines;
    }

    private String selfReference(String group) {
        boolean in = rules(group).stream().anyMatch(r -> r.ingress() && group.equals(r.peerGroup()) && r.coversAllTcp());
        boolean out = rules(group).stream().anyMatch(r -> !r.ingress() && group.equals(r.peerGroup()) && r.coversAllTcp());
        return in && out ? " (admits itself: all TCP in + out)" : in ? " (admits itself: all TCP in only)" : "";
    }

    private List<String> hostLines(JsonNode instance) {
        List<String> lines = new ArrayList<>();
        lines.add(instance.path("instance_type").asText("?") + (instance.path("associate_public_ip_address").asBoolean(false) ? " · public IP" : " · no public IP"));
        refs(instance.path("vpc_security_group_ids")).forEach(g -> lines.add("SG " + Ids.name(g)
                + (rules(g).stream().noneMatch(SgRule::ingress) ? " (no inbound rule)" : "")));
        return lines;
    }

    private void drawStores(Cluster box, String vpc) {
        resources("aws_db_instance").forEach((address, db) -> {
            List<String> subnets = ref(db.path("db_subnet_group_name")).map(g -> refs(resource(g).path("subnet_ids"))).orElse(List.of());
            if (subnets.stream().map(model::subnet).flatMap(Optional::stream).anyMatch(s -> vpc.equals(s.vpc()))) {
                List<String> lines = new ArrayList<>();
                lines.add(db.path("instance_class").asText("?") + " · " + db.path("allocated_storage").asText("?") + " GB "
                        + db.path("storage_type").asText("") + " · " + (db.path("multi_az").asBoolean(false) ? "Multi-AZ" : "single-AZ"));
                lines.add("subnets " + String.join(", ", subnets.stream().map(Ids::name).toList()));
                lines.add((db.path("publicly_accessible").asBoolean(false) ? "PUBLIC" : "private") + " · encrypted: "
                        + db.path("storage_encrypted").asText("false"));
                refs(db.path("vpc_security_group_ids")).forEach(g -> lines.add("SG " + Ids.name(g)));
                box.node(address, NodeKind.STORE, "RDS " + db.path("engine").asText("") + " " + Ids.name(address), withPending(address, lines));
            }
        });
        resources("aws_redshift_cluster").forEach((address, cluster) -> {
            List<String> subnets = ref(cluster.path("cluster_subnet_group_name")).map(g -> refs(resource(g).path("subnet_ids"))).orElse(List.of());
            if (subnets.stream().map(model::subnet).flatMap(Optional::stream).anyMatch(s -> vpc.equals(s.vpc()))) {
                List<String> lines = new ArrayList<>();
                lines.add(cluster.path("node_type").asText("?") + " × " + cluster.path("number_of_nodes").asInt(1) + " · port "
                        + cluster.path("port").asInt(5439));
                lines.add(cluster.path("publicly_accessible").asBoolean(true) ? "publicly accessible"
                        + ref(cluster.path("elastic_ip")).map(e -> " at EIP " + Ids.name(e)).orElse("") : "private");
                refs(cluster.path("vpc_security_group_ids")).forEach(g -> lines.add("SG " + Ids.name(g)));
                box.node(address, NodeKind.STORE, "Redshift " + Ids.name(address), withPending(address, lines));
            }
        });
    }

    private void drawServices(Cluster box, String vpc) {
        resources("aws_ecs_service").forEach((address, service) -> {
            JsonNode network = block(service.path("network_configuration"));
            List<String> subnets = refs(network.path("subnets"));
            if (subnets.stream().map(model::subnet).flatMap(Optional::stream).anyMatch(s -> vpc.equals(s.vpc()))) {
                List<String> lines = new ArrayList<>();
                String capacity = block(service.path("capacity_provider_strategy")).path("capacity_provider").asText(service.path("launch_type").asText("?"));
                lines.add(capacity + " · desired count " + service.path("desired_count").asText("?"));
                lines.add("subnets " + String.join(", ", subnets.stream().map(Ids::name).toList()));
                refs(network.path("security_groups")).forEach(g -> lines.add("SG " + Ids.name(g)));
                box.node(address, NodeKind.SERVICE, "ECS service " + service.path("name").asText(Ids.name(address)), withPending(address, lines));
            }
        });
    }

    /** Security groups no resource in the stack carries but whose rules name others (the platform's role groups). */
    private void drawUnattachedGroups(Cluster box, String vpc) {
        Cluster unattached = box.cluster(vpc + "/unattached", "security groups without a resource in this stack", "plain");
        resources("aws_security_group").forEach((address, group) -> {
            if (vpc.equals(ref(group.path("vpc_id")).orElse(null)) && members.get(address).equals(Set.of(address))) {
                unattached.node(address, NodeKind.SECURITY_GROUP, "SG " + Ids.name(address), withPending(address, List.of()));
            }
        });
    }

    // ----- edges -----

    private void routeEdges() {
        resources("aws_nat_gateway").forEach((address, nat) -> ref(nat.path("subnet_id")).flatMap(model::subnet)
                .flatMap(s -> model.internetGatewayRoute(s.routeTable())).ifPresent(r -> graph.edge(address, r.target(), EdgeKind.ROUTE, null)));
        internetGateways.values().forEach(igw -> graph.edge(igw, Ids.INTERNET, EdgeKind.ROUTE, null));
        for (Subnet subnet : model.subnets().values()) {
            String routes = Ids.routes(subnet.address());
            model.routes(subnet.routeTable()).forEach(r -> {
                if (r.hop() == NetworkModel.Hop.NAT_GATEWAY || r.hop() == NetworkModel.Hop.PEERING) {
                    graph.edge(routes, r.target(), EdgeKind.ROUTE, r.destination());
                }
            });
            model.s3Endpoints(subnet.routeTable()).forEach(e -> graph.edge(routes, e, EdgeKind.ROUTE, null));
        }
    }

    /** Who may reach whom: one dashed edge per (source, target) pair, labelled with the ports. */
    private void securityGroupEdges(Set<String> storesOnPaths) {
        resources("aws_security_group").keySet().forEach(group -> {
            for (SgRule rule : rules(group)) {
                if (!rule.ingress() || group.equals(rule.peerGroup())) {
                    continue;
                }
                Set<String> sources = rule.peerGroup() != null ? members.getOrDefault(rule.peerGroup(), Set.of()) : natSources(rule.cidr());
                for (String source : sources) {
                    for (String target : members.getOrDefault(group, Set.of())) {
                        // A Glue path to the store already names the admitting rule; the same fact twice is clutter.
                        if (eniConnections.contains(source) && storesOnPaths.contains(target)) {
                            continue;
                        }
                        graph.edge(source, target, EdgeKind.SECURITY_GROUP, ports(rule));
                    }
                }
            }
        });
    }

    /** A CIDR rule naming a NAT gateway's Elastic IP comes from that NAT gateway; other CIDRs are listed on the target. */
    private Set<String> natSources(String cidr) {
        Set<String> sources = new LinkedHashSet<>();
        Matcher eip = EIP_CIDR.matcher(cidr == null ? "" : cidr);
        if (eip.matches()) {
            resources("aws_nat_gateway").forEach((address, nat) -> {
                if (("aws_eip." + eip.group(1)).equals(ref(nat.path("allocation_id")).orElse(null))) {
                    sources.add(address);
                }
            });
        }
        return sources;
    }

    private static String ports(SgRule rule) {
        if (rule.isAllProtocols()) {
            return "all traffic";
        }
        return rule.protocol() + " " + (rule.from() == rule.to() ? String.valueOf(rule.from()) : rule.from() + "-" + rule.to());
    }

    /** Which drawn nodes carry each security group; also notes CIDR-sourced ingress rules on those nodes. */
    private void collectMembers() {
        resources("aws_security_group").keySet().forEach(g -> members.put(g, new LinkedHashSet<>()));
        BiConsumer<String, List<String>> carry = (node, groups) -> groups.forEach(g -> members.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(node));
        resources("aws_instance").forEach((a, r) -> carry.accept(a, refs(r.path("vpc_security_group_ids"))));
        resources("aws_db_instance").forEach((a, r) -> carry.accept(a, refs(r.path("vpc_security_group_ids"))));
        resources("aws_redshift_cluster").forEach((a, r) -> carry.accept(a, refs(r.path("vpc_security_group_ids"))));
        resources("aws_ecs_service").forEach((a, r) -> carry.accept(a, refs(block(r.path("network_configuration")).path("security_groups"))));
        // Only the connections that place ENIs take part in traffic; the others carry the same group and would only repeat edges.
        eniConnections.forEach(c -> model.connection(c).ifPresent(conn -> carry.accept(c, conn.securityGroups())));
        resources("aws_vpc_endpoint").forEach((a, r) -> refs(r.path("subnet_ids")).forEach(s ->
                carry.accept(Ids.interfaceEndpoints(s), refs(r.path("security_group_ids")))));
        members.forEach((group, nodes) -> {
            if (nodes.isEmpty()) {
                nodes.add(group);
            }
            for (SgRule rule : rules(group)) {
                if (rule.ingress() && rule.cidr() != null && natSources(rule.cidr()).isEmpty()) {
                    nodes.forEach(n -> pendingLines.computeIfAbsent(n, k -> new ArrayList<>())
                            .add("admits " + ports(rule) + " from " + rule.cidr()));
                }
            }
        });
    }

    // ----- problems and legend -----

    private void problems(JobPaths.Result paths) {
        for (JobPaths.Problem problem : paths.problems()) {
            if (problem.job() != null && problem.connection() != null && problem.error()) {
                graph.edge(problem.job(), problem.connection(), EdgeKind.BROKEN, "✗ " + problem.rule() + ": " + Ids.wrap(problem.text(), 48));
            } else {
                graph.legend().add((problem.error() ? "!" : "") + (problem.error() ? "ERROR " : "warning ") + problem.rule()
                        + (problem.job() != null ? " " + Ids.name(problem.job()) : "") + ": " + Ids.wrap(problem.text(), 90).replace("\n", " "));
            }
        }
    }

    private void legend(JobPaths.Result paths, CostEstimate cost) {
        graph.legend().add((paths.errors() > 0 ? "!" : "") + "preflight: " + (paths.errors() == 0 ? "passed" : "FAILED") + " · "
                + paths.errors() + " error(s) · " + paths.warnings() + " warning(s) · " + paths.suppressed() + " suppressed rule(s)");
        graph.legend().add("#Monthly estimate (on-demand list prices): " + CostEstimate.usd(cost.total()));
        cost.byComponent().forEach((component, amount) -> graph.legend().add("  " + component.label() + ": " + CostEstimate.usd(amount)));
        graph.legend().add("  Glue: " + CostEstimate.usd(cost.glueDpuHourUsd()) + " per hour with every job running (per run, not in the total)");
        // The legend names region and date; the full source text is in the price table and README.
        cost.priceSources().forEach(s -> graph.legend().add("prices " + (s.contains(" — ") ? s.substring(0, s.indexOf(" — ")) : s)));
        graph.legend().add("usage assumptions: src/main/resources/cost/usage-assumptions.json · make cost ENV=" + environment);
    }

    // ----- document access -----

    private List<String> jobLines(NetworkModel.Job job) {
        JsonNode resource = model.resource(job.address());
        List<String> lines = new ArrayList<>();
        lines.add(resource.path("worker_type").asText("?") + " × " + job.workers() + " · timeout " + resource.path("timeout").asText("?") + " min");
        String eni = model.eniConnection(job).map(NetworkModel.Connection::address).orElse(null);
        lines.add(job.connections().isEmpty() ? "!no connections: runs outside the VPC"
                : String.join(", ", job.connections().stream().map(c -> (c.equals(eni) ? "★ " : "") + Ids.name(c)).toList()));
        return lines;
    }

    private List<String> withPending(String id, List<String> lines) {
        List<String> all = new ArrayList<>(lines);
        all.addAll(pendingLines.getOrDefault(id, List.of()));
        return all;
    }

    private List<SgRule> rules(String group) {
        return model.securityGroup(group).map(NetworkModel.SecurityGroup::rules).orElse(List.of());
    }

    private Map<String, JsonNode> resources(String type) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        document.path("resource").path(type).fields().forEachRemaining(e -> result.put(type + "." + e.getKey(), e.getValue()));
        return result;
    }

    private JsonNode resource(String address) {
        return model.resource(address);
    }

    private static Optional<String> ref(JsonNode value) {
        Matcher matcher = REF.matcher(value.asText(""));
        return matcher.find() ? Optional.of(matcher.group(1) + "." + matcher.group(2)) : Optional.empty();
    }

    private static List<String> refs(JsonNode list) {
        List<String> result = new ArrayList<>();
        list.forEach(item -> ref(item).ifPresent(result::add));
        return result;
    }

    private static JsonNode block(JsonNode node) {
        return node.isArray() ? node.path(0) : node;
    }

    private static String lastSegment(String serviceName) {
        return serviceName.substring(serviceName.lastIndexOf('.') + 1);
    }
}
