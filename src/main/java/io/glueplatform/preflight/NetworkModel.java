package io.glueplatform.preflight;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.TerraformStack;
import io.glueplatform.checks.model.TerraformDocument;
import io.glueplatform.config.Cidr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The network of a synthesized stack as the Glue rules see it: a typed view (the records below) and the graph
 * queries over it: job → connections → subnet → route table → routes (NAT, internet gateway, peering) and S3
 * gateway endpoints; connection → security groups → rules; JDBC URL → RDS/Redshift → its subnets, security
 * groups, public access. Built from the Terraform JSON document (not from the Java constructs), so it also
 * sees what overrides or hand-written JSON changed. Reading the JSON and resolving references is
 * {@link TerraformDocument}'s job; turning resources into these records is {@link NetworkModelReader}'s.
 * Values only known at apply time (a literal subnet id from outside the stack) are "unknown", never guessed.
 */
public final class NetworkModel {

    private static final ObjectMapper MAPPER = new ObjectMapper();

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

    private final TerraformDocument document;
    final Map<String, Vpc> vpcs = new LinkedHashMap<>();
    final Map<String, Subnet> subnets = new LinkedHashMap<>();
    final Map<String, List<Route>> routes = new LinkedHashMap<>();
    final Map<String, List<String>> s3Endpoints = new LinkedHashMap<>();
    final Map<String, SecurityGroup> groups = new LinkedHashMap<>();
    final Map<String, Connection> connections = new LinkedHashMap<>();
    final Map<String, Job> jobs = new LinkedHashMap<>();
    final Map<String, Peering> peerings = new LinkedHashMap<>();
    final Map<String, Set<String>> remoteDns = new LinkedHashMap<>();
    final Map<String, DataStore> stores = new LinkedHashMap<>();
    final Map<String, NatGateway> nats = new LinkedHashMap<>();

    NetworkModel(TerraformDocument document) {
        this.document = document;
    }

    public static NetworkModel of(TerraformDocument document) {
        return NetworkModelReader.read(document);
    }

    public static NetworkModel of(JsonNode document) {
        return of(TerraformDocument.of(document));
    }

    /** The stack's resolved Terraform document, before anything is written. */
    public static NetworkModel of(TerraformStack stack) {
        return of(MAPPER.<JsonNode>valueToTree(stack.toTerraform()));
    }

    public JsonNode document() {
        return document.json();
    }

    public TerraformDocument terraformDocument() {
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
        return TerraformDocument.references(url).stream().map(stores::get).filter(s -> s != null).findFirst();
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
        return TerraformDocument.reference(text);
    }

    /** The region of a resource: its provider's region (alias aware). */
    public String regionOf(JsonNode resource) {
        return document.regionOf(resource);
    }

    public JsonNode resource(String address) {
        return document.body(address);
    }

/** The public IP text of an EIP as it appears in a CIDR: {@code ${aws_eip.x.public_ip}/32}. */
    public static String eipCidr(String eipAddress) {
        return "${" + eipAddress + ".public_ip}/32";
    }
}
