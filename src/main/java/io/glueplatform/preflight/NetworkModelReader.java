package io.glueplatform.preflight;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;
import io.glueplatform.preflight.NetworkModel.Connection;
import io.glueplatform.preflight.NetworkModel.DataStore;
import io.glueplatform.preflight.NetworkModel.Hop;
import io.glueplatform.preflight.NetworkModel.Job;
import io.glueplatform.preflight.NetworkModel.NatGateway;
import io.glueplatform.preflight.NetworkModel.Peering;
import io.glueplatform.preflight.NetworkModel.Route;
import io.glueplatform.preflight.NetworkModel.SecurityGroup;
import io.glueplatform.preflight.NetworkModel.SgRule;
import io.glueplatform.preflight.NetworkModel.Subnet;
import io.glueplatform.preflight.NetworkModel.Vpc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.glueplatform.checks.model.TerraformDocument.block;
import static io.glueplatform.checks.model.TerraformDocument.bool;
import static io.glueplatform.checks.model.TerraformDocument.integer;
import static io.glueplatform.checks.model.TerraformDocument.reference;
import static io.glueplatform.checks.model.TerraformDocument.ref;
import static io.glueplatform.checks.model.TerraformDocument.refs;

/**
 * Turns the resources of a {@link TerraformDocument} into the typed view of {@link NetworkModel}: the three
 * Terraform forms of a security group rule, inline and separate routes, both ways to attach an S3 gateway
 * endpoint, peering options on either resource, JDBC stores behind subnet groups.
 */
final class NetworkModelReader {

    private final TerraformDocument document;
    private final NetworkModel model;

    private NetworkModelReader(TerraformDocument document) {
        this.document = document;
        this.model = new NetworkModel(document);
    }

    static NetworkModel read(TerraformDocument document) {
        NetworkModelReader reader = new NetworkModelReader(document);
        reader.build();
        return reader.model;
    }

    private Map<String, JsonNode> resources(String type) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        document.resources(type).forEach((address, resource) -> result.put(address, resource.body()));
        return result;
    }

    private JsonNode resource(String address) {
        return document.body(address);
    }

    private String regionOf(JsonNode resource) {
        return document.regionOf(resource);
    }

    private void build() {
        resources("aws_vpc").forEach((address, vpc) -> model.vpcs.put(address, new Vpc(address, vpc.path("cidr_block").asText(null),
                bool(vpc.path("enable_dns_support"), true), bool(vpc.path("enable_dns_hostnames"), false), regionOf(vpc))));
        Map<String, String> associations = new LinkedHashMap<>();
        resources("aws_route_table_association").values().forEach(a -> {
            String subnet = ref(a.path("subnet_id"));
            if (subnet != null) {
                associations.put(subnet, ref(a.path("route_table_id")));
            }
        });
        resources("aws_subnet").forEach((address, subnet) -> model.subnets.put(address, new Subnet(address, ref(subnet.path("vpc_id")),
                subnet.path("cidr_block").asText(null), subnet.path("availability_zone").asText(null), associations.get(address))));
        Map<String, String> igws = new LinkedHashMap<>();
        resources("aws_internet_gateway").keySet().forEach(address -> igws.put(address, address));
        resources("aws_nat_gateway").forEach((address, nat) -> model.nats.put(address,
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
                    model.s3Endpoints.computeIfAbsent(table, k -> new ArrayList<>()).add(address);
                }
            }
        });
        resources("aws_vpc_endpoint_route_table_association").forEach((address, association) -> {
            String endpoint = ref(association.path("vpc_endpoint_id"));
            JsonNode target = endpoint == null ? null : resource(endpoint);
            if (target != null && target.path("service_name").asText("").endsWith(".s3")
                    && "Gateway".equalsIgnoreCase(target.path("vpc_endpoint_type").asText("Gateway"))) {
                model.s3Endpoints.computeIfAbsent(ref(association.path("route_table_id")), k -> new ArrayList<>()).add(endpoint);
            }
        });
        buildSecurityGroups();
        buildGlue();
        resources("aws_vpc_peering_connection").forEach((address, peering) -> {
            model.peerings.put(address, new Peering(address, ref(peering.path("vpc_id")), ref(peering.path("peer_vpc_id"))));
            dnsOptions(address, peering);
        });
        resources("aws_vpc_peering_connection_options").values().forEach(options -> {
            String id = ref(options.path("vpc_peering_connection_id"));
            if (id != null && id.startsWith("aws_vpc_peering_connection_accepter.")) {
                id = ref(resource(id).path("vpc_peering_connection_id"));
            }
            if (id != null && model.peerings.containsKey(id)) {
                dnsOptions(id, options);
            }
        });
        buildStores();
    }

    private void dnsOptions(String peering, JsonNode options) {
        Peering p = model.peerings.get(peering);
        if (bool(block(options.path("requester")).path("allow_remote_vpc_dns_resolution"), false) && p.requesterVpc() != null) {
            model.remoteDns.computeIfAbsent(peering, k -> new LinkedHashSet<>()).add(p.requesterVpc());
        }
        if (bool(block(options.path("accepter")).path("allow_remote_vpc_dns_resolution"), false) && p.accepterVpc() != null) {
            model.remoteDns.computeIfAbsent(peering, k -> new LinkedHashSet<>()).add(p.accepterVpc());
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
        model.routes.computeIfAbsent(table, k -> new ArrayList<>()).add(new Route(table, destination, hop, target, declaredBy));
    }

    private void buildSecurityGroups() {
        // A VPC's default security group has inline rules only; a group may also get rules as separate resources below.
        for (String type : List.of("aws_security_group", "aws_default_security_group")) {
            resources(type).forEach((address, group) -> {
                List<SgRule> rules = new ArrayList<>();
                for (String direction : List.of("ingress", "egress")) {
                    for (JsonNode rule : group.path(direction)) {
                        inlineRule(address, address, "ingress".equals(direction), rule, rules);
                    }
                }
                model.groups.put(address, new SecurityGroup(address, ref(group.path("vpc_id")), rules));
            });
        }
        for (String type : List.of("aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule")) {
            resources(type).forEach((address, rule) -> {
                SecurityGroup group = model.groups.get(ref(rule.path("security_group_id")));
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
            SecurityGroup group = model.groups.get(ref(rule.path("security_group_id")));
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
            model.connections.put(address, new Connection(address, name, connection.path("connection_type").asText("JDBC"),
                    ref(requirements.path("subnet_id")), requirements.path("availability_zone").asText(null), sgs, properties));
            byName.put(name, address);
        });
        resources("aws_glue_job").forEach((address, job) -> {
            List<String> listed = new ArrayList<>();
            List<String> unresolved = new ArrayList<>();
            for (JsonNode item : job.path("connections")) {
                String text = item.asText();
                String address1 = reference(text).filter(model.connections::containsKey).orElse(byName.get(text));
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
            model.jobs.put(address, new Job(address, job.path("name").asText(address), listed, unresolved, arguments, workers, concurrent));
        });
    }

    private void buildStores() {
        resources("aws_db_instance").forEach((address, db) -> {
            String group = ref(db.path("db_subnet_group_name"));
            List<String> subnetList = group == null ? List.of() : refs(resource(group).path("subnet_ids"));
            String engine = db.path("engine").asText("");
            int port = integer(db.path("port"), engine.contains("postgres") ? 5432 : engine.contains("sqlserver") ? 1433 : 3306);
            model.stores.put(address, new DataStore(address, engine, port, subnetList, refs(db.path("vpc_security_group_ids")),
                    bool(db.path("publicly_accessible"), false), null));
        });
        resources("aws_redshift_cluster").forEach((address, cluster) -> {
            String group = ref(cluster.path("cluster_subnet_group_name"));
            List<String> subnetList = group == null ? List.of() : refs(resource(group).path("subnet_ids"));
            // Provider 5.x defaults publicly_accessible to true.
            model.stores.put(address, new DataStore(address, "redshift", integer(cluster.path("port"), 5439), subnetList,
                    refs(cluster.path("vpc_security_group_ids")), bool(cluster.path("publicly_accessible"), true),
                    ref(cluster.path("elastic_ip"))));
        });
    }

}
