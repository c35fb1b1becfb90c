package io.glueplatform.firewall;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The six role security groups: seed ports, but sources only from configuration; empty lists mean closed. */
class RoleSecurityGroupsTest {

    private static final List<Integer> ADMIN_PORTS = List.of(22, 8443, 30000, 30080, 32767, 9090, 3000, 5601, 16686);
    private static final String ADMIN = "203.0.113.0/24";
    private static final String OFFICE = "198.51.100.7/32";

    private static Template dev;
    private static Template prod;
    private static Template withAdmins;
    private static Template withWeb;

    @BeforeAll
    static void synth() {
        dev = SynthFixture.synth("dev");
        prod = SynthFixture.synth("prod");
        withAdmins = SynthFixture.variant("dev", ConfigFixtures.put("/adminCidrs", List.of(ADMIN, OFFICE))
                .andThen(ConfigFixtures.put("/services/sshBastion", true)));
        withWeb = SynthFixture.variant("dev", ConfigFixtures.put("/services/webIngressCidrs", List.of("0.0.0.0/0")));
    }

    private static String sg(String role) {
        return Template.ref("aws_security_group." + role + "_sg_this", "id");
    }

    private static List<JsonNode> ingressOf(Template t, String role) {
        return t.resourcesWhere("aws_vpc_security_group_ingress_rule", r -> sg(role).equals(r.path("security_group_id").asText()));
    }

    private static boolean opens(JsonNode rule, int port) {
        return rule.path("from_port").asInt(Integer.MAX_VALUE) <= port && port <= rule.path("to_port").asInt(Integer.MIN_VALUE);
    }

    @Test
    void sixGroupsWhenSshIsOnFiveWhenOff() {
        assertThat(withAdmins.resources("aws_security_group"))
                .containsKeys("web_sg_this", "app_sg_this", "database_sg_this", "bastion_sg_this", "kubernetes_sg_this", "monitoring_sg_this");
        for (Template t : List.of(dev, prod)) {
            assertThat(t.resources("aws_security_group"))
                    .containsKeys("web_sg_this", "app_sg_this", "database_sg_this", "kubernetes_sg_this", "monitoring_sg_this")
                    .doesNotContainKey("bastion_sg_this");
        }
    }

    @Test
    void emptyAdminCidrsMeanNoAdminIngressAtAll() {
        for (Template t : List.of(dev, prod)) {
            for (String role : List.of("kubernetes", "monitoring", "web")) {
                assertThat(ingressOf(t, role)).as("%s ingress rules with no CIDRs configured", role).isEmpty();
            }
        }
        Template sshWithoutAdmins = SynthFixture.variant("dev", ConfigFixtures.put("/services/sshBastion", true));
        assertThat(sshWithoutAdmins.resources("aws_security_group")).containsKey("bastion_sg_this");
        assertThat(ingressOf(sshWithoutAdmins, "bastion")).as("SSH on, but no admin CIDRs: port 22 stays closed").isEmpty();
    }

    @Test
    void adminPortsOpenOnlyToEachAdminCidrWithTheSeedPorts() {
        Map<String, List<String>> expected = Map.of(
                "kubernetes", List.of("8443-8443", "30000-32767"),
                "monitoring", List.of("9090-9090", "3000-3000", "5601-5601", "16686-16686"),
                "bastion", List.of("22-22"));
        expected.forEach((role, ports) -> {
            List<JsonNode> rules = ingressOf(withAdmins, role);
            assertThat(rules).as("%s rules: one per port and CIDR", role).hasSize(ports.size() * 2);
            assertThat(rules).extracting(r -> r.path("cidr_ipv4").asText()).containsOnly(ADMIN, OFFICE);
            assertThat(rules).extracting(r -> r.path("from_port").asInt() + "-" + r.path("to_port").asInt())
                    .containsOnly(ports.toArray(String[]::new));
            assertThat(rules).allSatisfy(r -> assertThat(r.has("referenced_security_group_id")).isFalse());
        });
    }

    @Test
    void noAdminPortIsOpenToTheWorldInAnyVariant() {
        for (Template t : List.of(dev, prod, withAdmins, withWeb)) {
            assertThat(t.resources("aws_vpc_security_group_ingress_rule").entrySet())
                    .filteredOn(e -> List.of("0.0.0.0/0", "::/0").contains(e.getValue().path("cidr_ipv4").asText()))
                    .filteredOn(e -> ADMIN_PORTS.stream().anyMatch(port -> opens(e.getValue(), port)))
                    .extracting(Map.Entry::getKey)
                    .isEmpty();
        }
    }

    @Test
    void webIsTheOnlyGroupThatMayFaceTheInternetAndOnlyOn80And443() {
        List<JsonNode> rules = ingressOf(withWeb, "web");
        assertThat(rules).extracting(r -> r.path("from_port").asInt()).containsExactlyInAnyOrder(80, 443);
        assertThat(rules).extracting(r -> r.path("cidr_ipv4").asText()).containsOnly("0.0.0.0/0");
    }

    @Test
    void appAdmitsOnlyTheWebGroupAndDatabaseOnlyTheAppGroup() {
        for (Template t : List.of(dev, withAdmins)) {
            assertThat(ingressOf(t, "app")).extracting(r -> r.path("from_port").asInt()).containsExactlyInAnyOrder(8080, 3000, 5000);
            assertThat(ingressOf(t, "app")).allSatisfy(r -> {
                assertThat(r.path("referenced_security_group_id").asText()).isEqualTo(sg("web"));
                assertThat(r.has("cidr_ipv4")).isFalse();
            });
            assertThat(ingressOf(t, "database")).extracting(r -> r.path("from_port").asInt()).containsExactlyInAnyOrder(3306, 5432, 6379);
            assertThat(ingressOf(t, "database")).allSatisfy(r -> {
                assertThat(r.path("referenced_security_group_id").asText()).isEqualTo(sg("app"));
                assertThat(r.has("cidr_ipv4")).isFalse();
            });
            // The client side states the same flow: web may reach app, app may reach the data stores.
            assertThat(t.resourcesWhere("aws_vpc_security_group_egress_rule", r -> sg("app").equals(r.path("security_group_id").asText())
                    && sg("database").equals(r.path("referenced_security_group_id").asText()))).hasSize(3);
        }
    }

    /** What package-info says of the two "database" groups: rds_sg guards the RDS instance, database_sg has no member yet. */
    @Test
    void theDatabaseTierIsNotTheRdsInstancesGroupAndHasNoMember() {
        for (Template t : List.of(dev, prod)) {
            assertThat(t.resource("aws_db_instance.rds_this").path("vpc_security_group_ids").toString())
                    .as("%s: the RDS instance's groups", t.environment())
                    .isEqualTo("[\"" + Template.ref("aws_security_group.rds_sg_this", "id") + "\"]");
            String text = t.json().path("resource").toString();
            String tier = sg("database");
            long mentions = text.split(java.util.regex.Pattern.quote(tier), -1).length - 1;
            long rules = t.resourcesWhere("aws_vpc_security_group_ingress_rule", r -> tier.equals(r.path("security_group_id").asText())).size()
                    + t.resourcesWhere("aws_vpc_security_group_egress_rule", r -> tier.equals(r.path("referenced_security_group_id").asText())).size();
            assertThat(rules).as("%s: rules of and towards the database tier", t.environment()).isEqualTo(6);
            assertThat(mentions).as("%s: references to the database tier outside its own rules (a member would add one)", t.environment())
                    .isEqualTo(rules);
        }
    }

    @Test
    void everyRuleHasADescription() {
        for (Template t : List.of(dev, prod, withAdmins, withWeb)) {
            for (String type : List.of("aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule")) {
                t.resources(type).forEach((name, rule) ->
                        assertThat(rule.path("description").asText()).as("%s.%s description", type, name).isNotBlank());
            }
        }
    }

    @Test
    void propsRefuseAWorldOpenAdminCidr() {
        assertThatThrownBy(() -> RoleSecurityGroupsProps.builder().vpcId("vpc").vpcCidr("10.0.0.0/16")
                .adminCidrs(List.of("0.0.0.0/0")).sshBastion(true).build())
                .hasMessageMatching("firewalls: admin CIDR 0\\.0\\.0\\.0/0 opens admin ports to the whole internet.*");
    }

    @Test
    void propsNameAMissingVpcAndDefaultToClosedPorts() {
        assertThatThrownBy(() -> RoleSecurityGroupsProps.builder().vpcCidr("10.0.0.0/16").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("firewalls: the role security groups need vpcId (the VPC they belong to)");
        assertThatThrownBy(() -> RoleSecurityGroupsProps.builder().vpcId("vpc").build())
                .hasMessage("firewalls: the role security groups need vpcCidr (the VPC they belong to)");
        assertThatThrownBy(() -> RoleSecurityGroupsProps.builder().adminCidrs(null))
                .hasMessage("firewalls: adminCidrs is null; give a list of CIDRs, or an empty one (closed)");
        RoleSecurityGroupsProps defaults = RoleSecurityGroupsProps.builder().vpcId("vpc").vpcCidr("10.0.0.0/16").build();
        assertThat(defaults.adminCidrs()).as("admin ports closed by default").isEmpty();
        assertThat(defaults.webIngressCidrs()).as("web ports closed by default").isEmpty();
        assertThat(defaults.sshBastion()).as("no bastion by default").isFalse();
    }
}
