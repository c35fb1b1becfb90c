package io.glueplatform.checks.rules.sg;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * The permissions one resource declares, whichever of Terraform's three forms it uses: inline {@code ingress} /
 * {@code egress} blocks of {@code aws_security_group}, {@code aws_security_group_rule}, and
 * {@code aws_vpc_security_group_ingress_rule} / {@code _egress_rule}. Each declaring resource is judged once.
 */
record Permissions(List<Permission> all) {

    static final List<String> TYPES = List.of("aws_security_group", "aws_security_group_rule",
            "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule");

    record Permission(boolean ingress, String protocol, int from, int to, List<String> cidrs, String description) {
        boolean allProtocols() {
            return "-1".equals(protocol) || "all".equalsIgnoreCase(protocol);
        }

        boolean covers(int port) {
            return allProtocols() || (("tcp".equals(protocol) || "6".equals(protocol)) && from <= port && port <= to);
        }

        boolean allPorts() {
            return allProtocols() || (from <= 0 && to >= 65535);
        }

        boolean fromAnywhere() {
            return cidrs.stream().anyMatch(c -> c.equals("0.0.0.0/0") || c.equals("::/0"));
        }

        String describe() {
            String ports = allProtocols() ? "all traffic" : protocol + " " + (from == to ? String.valueOf(from) : from + "-" + to);
            return (ingress ? "ingress " : "egress ") + ports + (cidrs.isEmpty() ? "" : (ingress ? " from " : " to ") + String.join(", ", cidrs));
        }
    }

    static Permissions of(Resource resource) {
        List<Permission> result = new ArrayList<>();
        switch (resource.type()) {
            case "aws_security_group" -> {
                for (String direction : List.of("ingress", "egress")) {
                    for (JsonNode rule : resource.path(direction)) {
                        result.add(inline("ingress".equals(direction), rule));
                    }
                }
            }
            case "aws_security_group_rule" -> {
                List<String> cidrs = new ArrayList<>(TerraformDocument.texts(resource.path("cidr_blocks")));
                cidrs.addAll(TerraformDocument.texts(resource.path("ipv6_cidr_blocks")));
                result.add(new Permission("ingress".equals(resource.text("type")), protocol(resource.text("protocol")),
                        resource.integer("from_port", 0), resource.integer("to_port", 65535), cidrs, resource.text("description")));
            }
            default -> {
                List<String> cidrs = new ArrayList<>();
                if (resource.has("cidr_ipv4")) {
                    cidrs.add(resource.text("cidr_ipv4"));
                }
                if (resource.has("cidr_ipv6")) {
                    cidrs.add(resource.text("cidr_ipv6"));
                }
                result.add(new Permission(resource.type().endsWith("ingress_rule"), protocol(resource.text("ip_protocol")),
                        resource.integer("from_port", 0), resource.integer("to_port", 65535), cidrs, resource.text("description")));
            }
        }
        return new Permissions(result);
    }

    private static Permission inline(boolean ingress, JsonNode rule) {
        List<String> cidrs = new ArrayList<>(TerraformDocument.texts(rule.path("cidr_blocks")));
        cidrs.addAll(TerraformDocument.texts(rule.path("ipv6_cidr_blocks")));
        return new Permission(ingress, protocol(rule.path("protocol").asText(null)), TerraformDocument.integer(rule.path("from_port"), 0),
                TerraformDocument.integer(rule.path("to_port"), 65535), cidrs, rule.path("description").asText(null));
    }

    private static String protocol(String protocol) {
        return protocol == null ? "-1" : switch (protocol.toLowerCase()) {
            case "6" -> "tcp";
            case "17" -> "udp";
            case "all", "-1" -> "-1";
            default -> protocol.toLowerCase();
        };
    }

    /** FAIL when an ingress permission admits {@code port} from 0.0.0.0/0 or ::/0. */
    io.glueplatform.checks.Verdict worldOpen(int port, String service) {
        List<String> open = ingress().stream().filter(p -> p.fromAnywhere() && p.covers(port)).map(Permission::describe).toList();
        return io.glueplatform.checks.Verdict.when(open.isEmpty(), service + " open to the world: " + String.join("; ", open));
    }

    List<Permission> ingress() {
        return all.stream().filter(Permission::ingress).toList();
    }
}
