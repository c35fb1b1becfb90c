package io.glueplatform.preflight;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.TerraformStack;
import io.glueplatform.config.Cidr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The network of a synthesized stack as the preflight sees it, built from the Terraform JSON document
 * (not from the Java constructs): so it also sees what overrides or hand-written JSON changed. References
 * appear as {@code ${type.name.attribute}}; the model follows them: job → connections → subnet → route
 * table association → routes (NAT, internet gateway, peering) and S3 gateway endpoints; connection →
 * security groups → rules; JDBC URL → RDS/Redshift → its subnets, security groups, public access.
 * Values only known at apply time (a literal subnet id from outside the stack) are "unknown", never guessed.
 */
public final class NetworkModel {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern REF = Pattern.compile("\\$\\{([a-z0-9_]+)\\.([A-Za-z0-9_-]+)\\.([a-z0-9_]+)(\\[[^}]*])?[^}]*}");

    public record Vpc(String address, String cidr, boolean dnsSupport, boolean dnsHostnames, String region) {
    }

    public record Subnet(String address, String vpc, String cidr, String availabilityZone, String routeTable) {
    }

    public enum Hop { NAT_GATEWAY, INTERNET_GATEWAY, PEERING, OTHER }

    /** A route: destination, what it goes to and which resource declares it. */
    public record Route(String routeTable, String destination, Hop hop, String target, String declaredBy) {
        @Override
        public String toString() {
            return destination + " → " + hop.name().toLowerCase().replace('_', ' ') + " " + target;
        }
    }

    /** A security group rule, whichever of the three Terraform forms declared it. {@code peerGroup} is an address. */
    public record SgRule(String declaredBy, boolean ingress, String protocol, int from, int to, String peerGroup, String cidr) {
        public boolean coversPort(int port) {
            return isAllProtocols() || ("tcp".equals(protocol) && from <= port && port <= to);
        }

        public boolean coversAllTcp() {
            return isAllProtocols() || ("tcp".equals(protocol) && from <= 0 && to >= 65535);
        }

        public boolean isAllProtocols() {
            return "-1".equals(protocol) || "all".equals(protocol);
        }

        @Override
        public String toString() {
            String ports = isAllProtocols() ? "all traffic" : protocol + " " + (from == to ? String.valueOf(from) : from + "-" + to);
            String peer = peerGroup != null ? "security group " + peerGroup : cidr;
            return declaredBy + " (" + ports + (ingress ? " from " : " to ") + peer + ")";
        }
    }

    public record SecurityGroup(String address, String vpc, List<SgRule> rules) {
    }

    /** A Glue connection; {@code subnet} null when it has no physical connection requirements. */
    public record Connection(String address, String name, String type, String subnet, String availabilityZone,
                             List<String> securityGroups, Map<String, String> properties) {
    }

    public record Job(String address, String name, List<String> connections, List<String> unresolvedConnections,
                      Map<String, String> defaultArguments, int workers, int maxConcurrentRuns) {
    }

    public record Peering(String address, String requesterVpc, String accepterVpc) {
    }

    /** RDS instance or Redshift cluster a JDBC connection points to. */
    public record DataStore(String address, String engine, int port, List<String> subnets, List<String> securityGroups,
                            boolean publiclyAccessible, String elasticIp) {
    }

    public record NatGateway(String address, String subnet, String eip) {
    }

    private final JsonNode document;
    private final Map<String, Vpc> vpcs = new LinkedHashMap<>();
    private final Map<String, Subnet> subnets = new LinkedHashMap<>();
    private final Map<String, List<Route>> routes = new LinkedHashMap<>();
    private final Map<String, List<String>> s3Endpoints = new LinkedHashMap<>();
    private final Map<String, SecurityGroup> groups = new LinkedHashMap<>();
    private final Map<String, Connection> connections = new LinkedHashMap<>();
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final Map<String, Peering> peerings = new LinkedHashMap<>();
    private final Map<String, Set<String>> remoteDns = new LinkedHashMap<>();
    private final Map<String, DataStore> stores = new LinkedHashMap<>();
    private final Map<String, NatGateway> nats = new LinkedHashMap<>();

    private NetworkModel(JsonNode document) {
        this.document = document;
        build();
    }

    public static NetworkModel of(JsonNode document) {
        return new NetworkModel(document);
    }

    /** The stack's resolved Terraform document, before anything is written. */
    public static NetworkModel of(TerraformStack stack) {
        return new NetworkModel(MAPPER.valueToTree(stack.toTerraform()));
    }

    public JsonNode document() {
        return document;
    }

    // ----- queries -----

    public Map<String, Job> jobs() {
        return jobs;
    }

    public Optional<Connection> connection(String address) {
        return Optional.ofNullable(connections.get(address));
    }

    public Optional<Subnet> subnet(String address) {
        return Optional.ofNullable(address == null ? null : subnets.get(address));
    }

    public Optional<Vpc> vpc(String address) {
        return Optional.ofNullable(address == null ? null : vpcs.get(address));
    }

    public Map<String, Vpc> vpcs() {
        return vpcs;
    }

    public Map<String, Subnet> subnets() {
        return subnets;
    }

    public Optional<SecurityGroup> securityGroup(String address) {
        return Optional.ofNullable(groups.get(address));
    }

    public List<Route> routes(String routeTable) {
        return routeTable == null ? List.of() : routes.getOrDefault(routeTable, List.of());
    }

    /** S3 gateway endpoints attached to a route table. */
    public List<String> s3Endpoints(String routeTable) {
        return routeTable == null ? List.of() : s3Endpoints.getOrDefault(routeTable, List.of());
    }

    public Map<String, Peering> peerings() {
        return peerings;
    }

    /** VPC addresses whose side of {@code peering} resolves the other side's private DNS names. */
    public Set<String> remoteDnsResolution(String peering) {
        return remoteDns.getOrDefault(peering, Set.of());
    }

    public Optional<NatGateway> natGateway(String address) {
        return Optional.ofNullable(nats.get(address));
    }

    /** The connections of a job that exist in the stack, in the job's order. */
    public List<Connection> connectionsOf(Job job) {
        return job.connections().stream().map(connections::get).toList();
    }

    /** Glue puts every ENI of a run in the subnet of the first connection with network settings (seed 003). */
    public Optional<Connection> eniConnection(Job job) {
        return connectionsOf(job).stream().filter(c -> c.subnet() != null).findFirst();
    }

    /** The store a JDBC connection's URL references, when it is in this stack. */
    public Optional<DataStore> target(Connection connection) {
        String url = connection.properties().get("JDBC_CONNECTION_URL");
        if (url == null) {
            return Optional.empty();
        }
        Matcher matcher = REF.matcher(url);
        while (matcher.find()) {
            DataStore store = stores.get(matcher.group(1) + "." + matcher.group(2));
            if (store != null) {
                return Optional.of(store);
            }
        }
        return Optional.empty();
    }

    /** VPC of a store (through its first subnet). */
    public Optional<String> vpcOf(DataStore store) {
        return store.subnets().stream().map(subnets::get).filter(s -> s != null).map(Subnet::vpc).findFirst();
    }

    /** The peering (if any) that connects two VPCs. */
    public Optional<Peering> peeringBetween(String vpcA, String vpcB) {
        return peerings.values().stream()
                .filter(p -> (vpcA.equals(p.requesterVpc()) && vpcB.equals(p.accepterVpc()))
                        || (vpcB.equals(p.requesterVpc()) && vpcA.equals(p.accepterVpc())))
                .findFirst();
    }

    /** A route of {@code routeTable} to {@code destinationCidr} (its whole block) over {@code peering}. */
    public Optional<Route> peeringRoute(String routeTable, String destinationCidr, String peering) {
        return routes(routeTable).stream()
                .filter(r -> r.hop() == Hop.PEERING && peering.equals(r.target()) && covers(r.destination(), destinationCidr))
                .findFirst();
    }

    /** The default route of a route table to a NAT gateway. */
    public Optional<Route> natRoute(String routeTable) {
        return routes(routeTable).stream().filter(r -> r.hop() == Hop.NAT_GATEWAY && "0.0.0.0/0".equals(r.destination())).findFirst();
    }

    public Optional<Route> internetGatewayRoute(String routeTable) {
        return routes(routeTable).stream().filter(r -> r.hop() == Hop.INTERNET_GATEWAY).findFirst();
    }

    /** Whether {@code outer} (a literal CIDR, or the same token text) contains {@code inner}. */
    public static boolean covers(String outer, String inner) {
        if (outer == null || inner == null) {
            return false;
        }
        if (outer.equals(inner)) {
            return true;
        }
        try {
            return Cidr.parse(outer).contains(Cidr.parse(inner));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The {@code type.name} of the first reference in a text, if any. */
    public static Optional<String> reference(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = REF.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1) + "." + matcher.group(2)) : Optional.empty();
    }

    /** The region of a resource: its provider's region (alias aware). */
    public String regionOf(JsonNode resource) {
        String provider = resource.path("provider").asText("aws");
        String alias = provider.contains(".") ? provider.substring(provider.indexOf('.') + 1) : null;
        for (JsonNode block : document.path("provider").path("aws")) {
            if (alias == null ? !block.has("alias") : alias.equals(block.path("alias").asText())) {
                return block.path("region").asText(null);
            }
        }
        return null;
    }

    public JsonNode resource(String address) {
        int dot = address.indexOf('.');
        return document.path("resource").path(address.substring(0, dot)).path(address.substring(dot + 1));
    }

    // ----- building -----

    private Map<String, JsonNode> resources(String type) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        document.path("resource").path(type).fields().forEachRemaining(e -> result.put(type + "." + e.getKey(), e.getValue()));
        return result;
    }

    private static String ref(JsonNode value) {
        return reference(value.asText(null)).orElse(null);
    }

    private static List<String> refs(JsonNode list) {
        List<String> result = new ArrayList<>();
        for (JsonNode item : list) {
            reference(item.asText(null)).ifPresent(result::add);
        }
        return result;
    }

    private static boolean bool(JsonNode node, boolean fallback) {
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isTextual()) {
            return Boolean.parseBoolean(node.asText());
        }
        return fallback;
    }

    private static int integer(JsonNode node, int fallback) {
        if (node.isNumber()) {
            return node.asInt();
        }
        if (node.isTextual() && node.asText().matches("-?\\d+")) {
            return Integer.parseInt(node.asText());
        }
        return fallback;
    }

    /** A block that may be written as an object or a one-element list. */
    private static JsonNode block(JsonNode node) {
        return node.isArray() ? node.path(0) : node;
    }

    private void build() {
        resources("aws_vpc").forEach((address, vpc) -> vpcs.put(address, new Vpc(address, vpc.path("cidr_block").asText(null),
                bool(vpc.path("enable_dns_support"), true), bool(vpc.path("enable_dns_hostnames"), false), regionOf(vpc))));
        Map<String, String> associations = new LinkedHashMap<>();
        resources("aws_route_table_association").values().forEach(a -> {
            String subnet = ref(a.path("subnet_id"));
            if (subnet != null) {
                associations.put(subnet, ref(a.path("route_table_id")));
            }
        });
        resources("aws_subnet").forEach((address, subnet) -> subnets.put(address, new Subnet(address, ref(subnet.path("vpc_id")),
                subnet.path("cidr_block").asText(null), subnet.path("availability_zone").asText(null), associations.get(address))));
        Map<String, String> igws = new LinkedHashMap<>();
        resources("aws_internet_gateway").keySet().forEach(address -> igws.put(address, address));
        resources("aws_nat_gateway").forEach((address, nat) -> nats.put(address,
                new NatGateway(address, ref(nat.path("subnet_id")), ref(nat.path("allocation_id")))));
        resources("aws_route").forEach((address, route) -> addRoute(ref(route.path("route_table_id")),
                route.path("destination_cidr_block").asText(null), route, address));
        resources("aws_route_table").forEach((address, table) -> {
            for (JsonNode route : table.path("route")) {
                addRoute(address, route.path("cidr_block").asText(null), route, address);
            }
        });
        resources("aws_vpc_endpoint").forEach((address, endpoint) -> {
            String type = endpoint.path("vpc_endpoint_type").asText("Gateway");
            if ("Gateway".equalsIgnoreCase(type) && endpoint.path("service_name").asText("").endsWith(".s3")) {
                for (String table : refs(endpoint.path("route_table_ids"))) {
                    s3Endpoints.computeIfAbsent(table, k -> new ArrayList<>()).add(address);
                }
            }
        });
        resources("aws_vpc_endpoint_route_table_association").forEach((address, association) -> {
            String endpoint = ref(association.path("vpc_endpoint_id"));
            JsonNode target = endpoint == null ? null : resource(endpoint);
            if (target != null && target.path("service_name").asText("").endsWith(".s3")
                    && "Gateway".equalsIgnoreCase(target.path("vpc_endpoint_type").asText("Gateway"))) {
                s3Endpoints.computeIfAbsent(ref(association.path("route_table_id")), k -> new ArrayList<>()).add(endpoint);
            }
        });
        buildSecurityGroups();
        buildGlue();
        resources("aws_vpc_peering_connection").forEach((address, peering) -> {
            peerings.put(address, new Peering(address, ref(peering.path("vpc_id")), ref(peering.path("peer_vpc_id"))));
            dnsOptions(address, peering);
        });
        resources("aws_vpc_peering_connection_options").values().forEach(options -> {
            String id = ref(options.path("vpc_peering_connection_id"));
            if (id != null && id.startsWith("aws_vpc_peering_connection_accepter.")) {
                id = ref(resource(id).path("vpc_peering_connection_id"));
            }
            if (id != null && peerings.containsKey(id)) {
                dnsOptions(id, options);
            }
        });
        buildStores();
    }

    private void dnsOptions(String peering, JsonNode options) {
        Peering p = peerings.get(peering);
        if (bool(block(options.path("requester")).path("allow_remote_vpc_dns_resolution"), false) && p.requesterVpc() != null) {
            remoteDns.computeIfAbsent(peering, k -> new LinkedHashSet<>()).add(p.requesterVpc());
        }
        if (bool(block(options.path("accepter")).path("allow_remote_vpc_dns_resolution"), false) && p.accepterVpc() != null) {
            remoteDns.computeIfAbsent(peering, k -> new LinkedHashSet<>()).add(p.accepterVpc());
        }
    }

    private void addRoute(String table, String destination, JsonNode route, String declaredBy) {
        if (table == null) {
            return;
        }
        Hop hop;
        String target;
        if (!route.path("nat_gateway_id").isMissingNode() && !route.path("nat_gateway_id").isNull()) {
            hop = Hop.NAT_GATEWAY;
            target = Optional.ofNullable(ref(route.path("nat_gateway_id"))).orElse(route.path("nat_gateway_id").asText());
        } else if (!route.path("vpc_peering_connection_id").isMissingNode() && !route.path("vpc_peering_connection_id").isNull()) {
            hop = Hop.PEERING;
            target = Optional.ofNullable(ref(route.path("vpc_peering_connection_id"))).orElse(route.path("vpc_peering_connection_id").asText());
        } else if (!route.path("gateway_id").isMissingNode() && !route.path("gateway_id").isNull()) {
            String gateway = route.path("gateway_id").asText();
            String gatewayRef = ref(route.path("gateway_id"));
            boolean igw = gatewayRef != null ? gatewayRef.startsWith("aws_internet_gateway.") : gateway.startsWith("igw-");
            hop = igw ? Hop.INTERNET_GATEWAY : Hop.OTHER;
            target = gatewayRef != null ? gatewayRef : gateway;
        } else {
            hop = Hop.OTHER;
            target = route.toString();
        }
        routes.computeIfAbsent(table, k -> new ArrayList<>()).add(new Route(table, destination, hop, target, declaredBy));
    }

    private void buildSecurityGroups() {
        resources("aws_security_group").forEach((address, group) -> {
            List<SgRule> rules = new ArrayList<>();
            for (String direction : List.of("ingress", "egress")) {
                for (JsonNode rule : group.path(direction)) {
                    inlineRule(address, address, "ingress".equals(direction), rule, rules);
                }
            }
            groups.put(address, new SecurityGroup(address, ref(group.path("vpc_id")), rules));
        });
        // The default security group of a VPC: inline rules only.
        resources("aws_default_security_group").forEach((address, group) -> {
            List<SgRule> rules = new ArrayList<>();
            for (String direction : List.of("ingress", "egress")) {
                for (JsonNode rule : group.path(direction)) {
                    inlineRule(address, address, "ingress".equals(direction), rule, rules);
                }
            }
            groups.put(address, new SecurityGroup(address, ref(group.path("vpc_id")), rules));
        });
        for (String type : List.of("aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule")) {
            resources(type).forEach((address, rule) -> {
                SecurityGroup group = groups.get(ref(rule.path("security_group_id")));
                if (group == null) {
                    return;
                }
                String protocol = protocol(rule.path("ip_protocol").asText("-1"));
                group.rules().add(new SgRule(address, type.contains("ingress"), protocol, integer(rule.path("from_port"), 0),
                        integer(rule.path("to_port"), 65535), ref(rule.path("referenced_security_group_id")),
                        rule.path("cidr_ipv4").asText(null)));
            });
        }
        resources("aws_security_group_rule").forEach((address, rule) -> {
            SecurityGroup group = groups.get(ref(rule.path("security_group_id")));
            if (group == null) {
                return;
            }
            boolean ingress = "ingress".equals(rule.path("type").asText());
            String protocol = protocol(rule.path("protocol").asText("-1"));
            int from = integer(rule.path("from_port"), 0);
            int to = integer(rule.path("to_port"), 65535);
            if (bool(rule.path("self"), false)) {
                group.rules().add(new SgRule(address, ingress, protocol, from, to, group.address(), null));
            }
            String source = ref(rule.path("source_security_group_id"));
            if (source != null) {
                group.rules().add(new SgRule(address, ingress, protocol, from, to, source, null));
            }
            for (JsonNode cidr : rule.path("cidr_blocks")) {
                group.rules().add(new SgRule(address, ingress, protocol, from, to, null, cidr.asText()));
            }
        });
    }

    private void inlineRule(String group, String declaredBy, boolean ingress, JsonNode rule, List<SgRule> rules) {
        String protocol = protocol(rule.path("protocol").asText("-1"));
        int from = integer(rule.path("from_port"), 0);
        int to = integer(rule.path("to_port"), 65535);
        if (bool(rule.path("self"), false)) {
            rules.add(new SgRule(declaredBy, ingress, protocol, from, to, group, null));
        }
        for (String other : refs(rule.path("security_groups"))) {
            rules.add(new SgRule(declaredBy, ingress, protocol, from, to, other, null));
        }
        for (JsonNode cidr : rule.path("cidr_blocks")) {
            rules.add(new SgRule(declaredBy, ingress, protocol, from, to, null, cidr.asText()));
        }
    }

    private static String protocol(String protocol) {
        return switch (protocol.toLowerCase()) {
            case "6" -> "tcp";
            case "-1", "all" -> "-1";
            default -> protocol.toLowerCase();
        };
    }

    private void buildGlue() {
        Map<String, String> byName = new LinkedHashMap<>();
        resources("aws_glue_connection").forEach((address, connection) -> {
            JsonNode requirements = block(connection.path("physical_connection_requirements"));
            Map<String, String> properties = new LinkedHashMap<>();
            connection.path("connection_properties").fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue().asText()));
            List<String> sgs = refs(requirements.path("security_group_id_list"));
            String name = connection.path("name").asText(address);
            connections.put(address, new Connection(address, name, connection.path("connection_type").asText("JDBC"),
                    ref(requirements.path("subnet_id")), requirements.path("availability_zone").asText(null), sgs, properties));
            byName.put(name, address);
        });
        resources("aws_glue_job").forEach((address, job) -> {
            List<String> listed = new ArrayList<>();
            List<String> unresolved = new ArrayList<>();
            for (JsonNode item : job.path("connections")) {
                String text = item.asText();
                String address1 = reference(text).filter(connections::containsKey).orElse(byName.get(text));
                if (address1 != null) {
                    listed.add(address1);
                } else {
                    unresolved.add(text);
                }
            }
            Map<String, String> arguments = new LinkedHashMap<>();
            job.path("default_arguments").fields().forEachRemaining(e -> arguments.put(e.getKey(), e.getValue().asText()));
            int workers = integer(job.path("number_of_workers"), (int) Math.ceil(job.path("max_capacity").asDouble(10)));
            int concurrent = integer(block(job.path("execution_property")).path("max_concurrent_runs"), 1);
            jobs.put(address, new Job(address, job.path("name").asText(address), listed, unresolved, arguments, workers, concurrent));
        });
    }

    private void buildStores() {
        resources("aws_db_instance").forEach((address, db) -> {
            String group = ref(db.path("db_subnet_group_name"));
            List<String> subnetList = group == null ? List.of() : refs(resource(group).path("subnet_ids"));
            String engine = db.path("engine").asText("");
            int port = integer(db.path("port"), engine.contains("postgres") ? 5432 : engine.contains("sqlserver") ? 1433 : 3306);
            stores.put(address, new DataStore(address, engine, port, subnetList, refs(db.path("vpc_security_group_ids")),
                    bool(db.path("publicly_accessible"), false), null));
        });
        resources("aws_redshift_cluster").forEach((address, cluster) -> {
            String group = ref(cluster.path("cluster_subnet_group_name"));
            List<String> subnetList = group == null ? List.of() : refs(resource(group).path("subnet_ids"));
            // Provider 5.x defaults publicly_accessible to true.
            stores.put(address, new DataStore(address, "redshift", integer(cluster.path("port"), 5439), subnetList,
                    refs(cluster.path("vpc_security_group_ids")), bool(cluster.path("publicly_accessible"), true),
                    ref(cluster.path("elastic_ip"))));
        });
    }

    /** The public IP text of an EIP as it appears in a CIDR: {@code ${aws_eip.x.public_ip}/32}. */
    public static String eipCidr(String eipAddress) {
        return "${" + eipAddress + ".public_ip}/32";
    }
}
