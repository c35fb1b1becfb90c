package io.glueplatform.firewall;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security group rules across the whole template (every module's firewall), not per module: what a reviewer
 * checks before approving a network change.
 */
class FirewallTest {

    private static final String INGRESS = "aws_vpc_security_group_ingress_rule";
    private static final String EGRESS = "aws_vpc_security_group_egress_rule";
    private static final Map<String, Template> TEMPLATES = new LinkedHashMap<>();

    @BeforeAll
    static void synth() {
        TEMPLATES.put("dev", SynthFixture.synth("dev"));
        TEMPLATES.put("prod", SynthFixture.synth("prod"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyIngressAndEgressRuleExplainsItselfWithADescription(String environment) {
        Map<String, JsonNode> rules = allRules(environment);
        assertThat(rules).as("%s: security group rules", environment).isNotEmpty();
        rules.forEach((address, rule) -> assertThat(rule.path("description").asText())
                .as("%s: %s description", environment, address).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void noIngressRuleIsOpenToTheWholeInternet(String environment) {
        Map<String, JsonNode> ingress = TEMPLATES.get(environment).resources(INGRESS);
        assertThat(ingress).as("%s: ingress rules", environment).isNotEmpty();
        ingress.forEach((name, rule) -> {
            assertThat(rule.path("cidr_ipv4").asText()).as("%s: %s.%s cidr_ipv4", environment, INGRESS, name).isNotEqualTo("0.0.0.0/0");
            assertThat(rule.path("cidr_ipv6").asText()).as("%s: %s.%s cidr_ipv6", environment, INGRESS, name).isNotEqualTo("::/0");
        });
    }

    /**
     * No ingress rule covers SSH (port 22 in its range, or all protocols) from any source. The single allowed
     * exception is a group referencing itself: Glue refuses a connection unless one of its security groups opens
     * all TCP ports to itself (Spark driver/executor traffic), which admits no one outside that group.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void noIngressReachesSshFromOutsideItsOwnGroup(String environment) {
        Map<String, JsonNode> ingress = TEMPLATES.get(environment).resources(INGRESS);
        ingress.forEach((name, rule) -> {
            if (coversPort22(rule)) {
                assertThat(rule.path("referenced_security_group_id").asText())
                        .as("%s: %s.%s covers port 22 (%s %s-%s), so it may only reference its own security group",
                                environment, INGRESS, name, rule.path("ip_protocol").asText(), rule.path("from_port"), rule.path("to_port"))
                        .isEqualTo(rule.path("security_group_id").asText());
                assertThat(rule.has("cidr_ipv4") || rule.has("cidr_ipv6") || rule.has("prefix_list_id"))
                        .as("%s: %s.%s covers port 22 and must not name a CIDR or prefix list", environment, INGRESS, name).isFalse();
            }
        });
    }

    @Test
    void theOnlyIngressCoveringPort22InDevIsGluesSelfReference() {
        List<String> covering = TEMPLATES.get("dev").resources(INGRESS).entrySet().stream()
                .filter(e -> coversPort22(e.getValue())).map(Map.Entry::getKey).toList();
        assertThat(covering).as("dev ingress rules whose range includes port 22").containsExactly("glue_sg_in_all_tcp");
    }

    @Test
    void portTwentyTwoDetectionCountsRangesAndAllProtocols() {
        assertThat(coversPort22(rule("tcp", 22, 22))).as("tcp 22").isTrue();
        assertThat(coversPort22(rule("tcp", 0, 65535))).as("tcp 0-65535").isTrue();
        assertThat(coversPort22(rule("tcp", 20, 23))).as("tcp 20-23").isTrue();
        assertThat(coversPort22(rule("-1", null, null))).as("all protocols").isTrue();
        assertThat(coversPort22(rule("tcp", 443, 443))).as("tcp 443").isFalse();
        assertThat(coversPort22(rule("tcp", 23, 3306))).as("tcp 23-3306").isFalse();
        assertThat(coversPort22(rule("icmp", -1, -1))).as("icmp").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void securityGroupsDeclareNoInlineRules(String environment) {
        Map<String, JsonNode> groups = TEMPLATES.get(environment).resources("aws_security_group");
        assertThat(groups).as("%s: security groups", environment).isNotEmpty();
        groups.forEach((name, group) -> {
            assertThat(group.has("ingress")).as("%s: aws_security_group.%s has inline ingress", environment, name).isFalse();
            assertThat(group.has("egress")).as("%s: aws_security_group.%s has inline egress", environment, name).isFalse();
            assertThat(group.path("description").asText()).as("%s: aws_security_group.%s description", environment, name).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyRuleBelongsToAManagedSecurityGroup(String environment) {
        Template template = TEMPLATES.get(environment);
        List<String> groupIds = template.resources("aws_security_group").keySet().stream()
                .map(name -> Template.ref("aws_security_group." + name, "id")).toList();
        allRules(environment).forEach((address, rule) -> assertThat(rule.path("security_group_id").asText())
                .as("%s: %s security_group_id", environment, address).isIn(groupIds));
    }

    private static Map<String, JsonNode> allRules(String environment) {
        Template template = TEMPLATES.get(environment);
        Map<String, JsonNode> rules = new LinkedHashMap<>();
        template.resources(INGRESS).forEach((name, rule) -> rules.put(INGRESS + "." + name, rule));
        template.resources(EGRESS).forEach((name, rule) -> rules.put(EGRESS + "." + name, rule));
        return rules;
    }

    /** All protocols, or TCP/UDP with 22 inside [from_port, to_port]. */
    static boolean coversPort22(JsonNode rule) {
        String protocol = rule.path("ip_protocol").asText();
        if ("-1".equals(protocol) || "all".equalsIgnoreCase(protocol)) {
            return true;
        }
        if (!List.of("tcp", "udp", "6", "17").contains(protocol)) {
            return false; // icmp and other port-less protocols
        }
        if (!rule.has("from_port") || !rule.has("to_port")) {
            return true; // no range means every port of the protocol
        }
        return rule.path("from_port").asInt() <= 22 && 22 <= rule.path("to_port").asInt();
    }

    private static JsonNode rule(String protocol, Integer from, Integer to) {
        var node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        node.put("ip_protocol", protocol);
        if (from != null) {
            node.put("from_port", from);
        }
        if (to != null) {
            node.put("to_port", to);
        }
        return node;
    }
}
