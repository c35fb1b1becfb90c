package io.glueplatform.vpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.glueplatform.testing.Json.isTrue;
import static io.glueplatform.testing.Json.statements;
import static io.glueplatform.testing.Json.texts;
import static io.glueplatform.testing.Template.ref;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vpc module as synthesized for the shipped environments: dev (2 AZs, one NAT) and prod (3 AZs, a NAT per AZ,
 * extra interface endpoints).
 */
class NetworkTest {

    private static final String VPC = "aws_vpc.vpc_this";
    private static final String IGW = "aws_internet_gateway.vpc_this";
    private static final String ENDPOINT_SG = "aws_security_group.vpc_endpoints_sg_this";
    private static final List<String> SESSION_MANAGER = List.of("ssm", "ssmmessages", "ec2messages");
    private static final List<String> OPTIONAL = List.of("glue", "sts", "logs");

    private static final Map<String, Template> TEMPLATES = new LinkedHashMap<>();
    private static final Map<String, EnvironmentConfig> ENVIRONMENTS = new LinkedHashMap<>();

    @BeforeAll
    static void synth() {
        for (String name : List.of("dev", "prod")) {
            TEMPLATES.put(name, SynthFixture.synth(name));
            ENVIRONMENTS.put(name, SynthFixture.environment(name));
        }
    }

    // ---------------------------------------------------------------- VPC and subnets

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void vpcHasTheConfiguredBlockWithDnsSupportAndHostnamesOn(String environment) {
        JsonNode vpc = template(environment).resource(VPC);
        assertThat(template(environment).count("aws_vpc")).as("%s: VPCs", environment).isEqualTo(1);
        assertThat(vpc.path("cidr_block").asText()).as("%s: VPC CIDR", environment).isEqualTo(env(environment).network().vpcCidr());
        assertThat(isTrue(vpc.path("enable_dns_support"))).as("%s: enable_dns_support", environment).isTrue();
        assertThat(isTrue(vpc.path("enable_dns_hostnames"))).as("%s: enable_dns_hostnames", environment).isTrue();
    }

    @Test
    void devSpansTwoZonesAndProdThree() {
        assertThat(env("dev").availabilityZones()).as("dev zones").hasSize(2);
        assertThat(env("prod").availabilityZones()).as("prod zones").hasSize(3);
        assertThat(template("dev").count("aws_subnet")).as("dev subnets (public + private per zone)").isEqualTo(4);
        assertThat(template("prod").count("aws_subnet")).as("prod subnets (public + private per zone)").isEqualTo(6);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyZoneHasOnePublicAndOnePrivateSubnetWithTheConfiguredBlocks(String environment) {
        Template template = template(environment);
        EnvironmentConfig env = env(environment);
        List<String> zones = env.availabilityZones();
        for (int i = 0; i < zones.size(); i++) {
            String zone = zones.get(i);
            String suffix = SubnetRef.zoneSuffix(zone);
            assertSubnet(template, "aws_subnet.vpc_public_" + suffix, zone, env.network().publicSubnetCidrs().get(i), "public");
            assertSubnet(template, "aws_subnet.vpc_private_" + suffix, zone, env.network().privateSubnetCidrs().get(i), "private");
        }
        assertThat(template.count("aws_subnet")).as("%s: subnets", environment).isEqualTo(2 * zones.size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void noSubnetMapsPublicIpsOnLaunch(String environment) {
        Map<String, JsonNode> subnets = template(environment).resources("aws_subnet");
        assertThat(subnets).as("%s: subnets", environment).isNotEmpty();
        subnets.forEach((name, subnet) -> assertThat(subnet.path("map_public_ip_on_launch").isBoolean()
                && !subnet.path("map_public_ip_on_launch").asBoolean())
                .as("%s: aws_subnet.%s map_public_ip_on_launch is explicitly false", environment, name).isTrue());
    }

    // ---------------------------------------------------------------- public routing

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void publicSubnetsRouteTheInternetThroughTheInternetGateway(String environment) {
        Template template = template(environment);
        assertThat(template.count("aws_internet_gateway")).as("%s: internet gateways", environment).isEqualTo(1);
        assertThat(template.resource(IGW).path("vpc_id").asText()).as("%s: IGW attached to the VPC", environment)
                .isEqualTo(ref(VPC, "id"));

        List<JsonNode> toIgw = template.resourcesWhere("aws_route",
                r -> r.path("gateway_id").asText().equals(ref(IGW, "id")));
        assertThat(toIgw).as("%s: routes to the IGW", environment).hasSize(1);
        JsonNode route = toIgw.get(0);
        assertThat(route.path("destination_cidr_block").asText()).as("%s: IGW route destination", environment).isEqualTo("0.0.0.0/0");
        String publicTable = route.path("route_table_id").asText();
        assertThat(publicTable).as("%s: IGW route lives in the public route table", environment)
                .isEqualTo(ref("aws_route_table.vpc_public", "id"));
        for (String subnet : subnetAddresses(template, "public")) {
            assertThat(routeTableOf(template, subnet)).as("%s: %s is associated with the public route table", environment, subnet)
                    .isEqualTo(publicTable);
        }
    }

    // ---------------------------------------------------------------- NAT

    @Test
    void devHasASingleNatGateway() {
        assertThat(template("dev").count("aws_nat_gateway")).as("dev NAT gateways (natMode SINGLE)").isEqualTo(1);
        assertThat(template("dev").count("aws_eip")).as("dev EIPs").isEqualTo(1);
    }

    @Test
    void prodHasOneNatGatewayPerZone() {
        assertThat(template("prod").count("aws_nat_gateway")).as("prod NAT gateways (natMode ONE_PER_AZ)").isEqualTo(3);
        assertThat(template("prod").count("aws_eip")).as("prod EIPs").isEqualTo(3);
        Set<String> natSubnets = template("prod").resources("aws_nat_gateway").values().stream()
                .map(n -> n.path("subnet_id").asText()).collect(Collectors.toSet());
        assertThat(natSubnets).as("prod NAT gateways sit in distinct public subnets (one per zone)")
                .containsExactlyInAnyOrder(ref("aws_subnet.vpc_public_a", "id"), ref("aws_subnet.vpc_public_b", "id"),
                        ref("aws_subnet.vpc_public_c", "id"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyNatGatewayHasItsOwnVpcElasticIpAndSitsInAPublicSubnet(String environment) {
        Template template = template(environment);
        Set<String> publicSubnetIds = subnetAddresses(template, "public").stream().map(a -> ref(a, "id")).collect(Collectors.toSet());
        Set<String> allocations = new HashSet<>();
        template.resources("aws_nat_gateway").forEach((name, nat) -> {
            String allocation = nat.path("allocation_id").asText();
            assertThat(allocation).as("%s: NAT %s allocation is an EIP id", environment, name).matches("\\$\\{aws_eip\\.[a-z0-9_]+\\.id}");
            String eipAddress = allocation.substring(2, allocation.length() - ".id}".length());
            assertThat(template.resource(eipAddress).path("domain").asText()).as("%s: %s domain", environment, eipAddress).isEqualTo("vpc");
            assertThat(allocations.add(allocation)).as("%s: NAT %s has an EIP no other NAT uses", environment, name).isTrue();
            assertThat(nat.path("connectivity_type").asText()).as("%s: NAT %s connectivity", environment, name).isEqualTo("public");
            assertThat(publicSubnetIds).as("%s: NAT %s must be in a PUBLIC subnet", environment, name)
                    .contains(nat.path("subnet_id").asText());
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyPrivateRouteTableSendsTheInternetToANatAndNeverToTheIgw(String environment) {
        Template template = template(environment);
        Set<String> natIds = template.resources("aws_nat_gateway").keySet().stream()
                .map(n -> ref("aws_nat_gateway." + n, "id")).collect(Collectors.toSet());
        List<String> privateTables = privateRouteTables(template);
        assertThat(privateTables).as("%s: private route tables", environment).hasSize(env(environment).availabilityZones().size());
        assertThat(privateTables).as("%s: private tables are not the public one", environment)
                .doesNotContain(ref("aws_route_table.vpc_public", "id"));

        for (String table : privateTables) {
            List<JsonNode> routes = template.resourcesWhere("aws_route", r -> r.path("route_table_id").asText().equals(table));
            assertThat(routes).as("%s: routes of %s", environment, table).isNotEmpty();
            assertThat(routes).as("%s: no route of %s goes to the internet gateway", environment, table)
                    .noneMatch(r -> r.path("gateway_id").asText().equals(ref(IGW, "id")));
            List<JsonNode> defaults = routes.stream()
                    .filter(r -> r.path("destination_cidr_block").asText().equals("0.0.0.0/0")).toList();
            assertThat(defaults).as("%s: default routes of %s", environment, table).hasSize(1);
            assertThat(natIds).as("%s: default route of %s targets a NAT gateway", environment, table)
                    .contains(defaults.get(0).path("nat_gateway_id").asText());
        }
    }

    @Test
    void prodPrivateSubnetsUseTheNatInTheirOwnZone() {
        for (String suffix : List.of("a", "b", "c")) {
            JsonNode route = template("prod").resource("aws_route.vpc_private_" + suffix + "_nat");
            assertThat(route.path("route_table_id").asText()).as("route of private %s", suffix)
                    .isEqualTo(ref("aws_route_table.vpc_private_" + suffix, "id"));
            assertThat(route.path("nat_gateway_id").asText()).as("private %s egresses through the NAT of zone %s", suffix, suffix)
                    .isEqualTo(ref("aws_nat_gateway.vpc_nat_" + suffix, "id"));
        }
    }

    // ---------------------------------------------------------------- endpoints

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void s3GatewayEndpointIsAttachedToEveryPrivateRouteTable(String environment) {
        Template template = template(environment);
        List<JsonNode> gateways = template.resourcesWhere("aws_vpc_endpoint", e -> "Gateway".equals(e.path("vpc_endpoint_type").asText()));
        assertThat(gateways).as("%s: gateway endpoints", environment).hasSize(1);
        JsonNode s3 = gateways.get(0);
        assertThat(s3.path("service_name").asText()).as("%s: gateway endpoint service", environment)
                .isEqualTo("com.amazonaws." + env(environment).region() + ".s3");
        assertThat(s3.path("vpc_id").asText()).as("%s: S3 endpoint VPC", environment).isEqualTo(ref(VPC, "id"));
        assertThat(texts(s3.path("route_table_ids"))).as("%s: S3 endpoint route tables", environment)
                .containsExactlyInAnyOrderElementsOf(privateRouteTables(template));
    }

    @Test
    void devHasOnlyTheSessionManagerInterfaceEndpoints() {
        assertThat(interfaceEndpointServices(template("dev"), env("dev")))
                .as("dev interface endpoints").containsExactlyInAnyOrderElementsOf(SESSION_MANAGER)
                .doesNotContainAnyElementsOf(OPTIONAL);
    }

    @Test
    void prodAddsTheGlueStsAndLogsInterfaceEndpoints() {
        List<String> expected = new ArrayList<>(SESSION_MANAGER);
        expected.addAll(OPTIONAL);
        assertThat(interfaceEndpointServices(template("prod"), env("prod")))
                .as("prod interface endpoints").containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void interfaceEndpointsUsePrivateDnsThePrivateSubnetsAndTheEndpointSecurityGroup(String environment) {
        Template template = template(environment);
        List<String> privateSubnetIds = subnetAddresses(template, "private").stream().map(a -> ref(a, "id")).toList();
        List<JsonNode> interfaces = template.resourcesWhere("aws_vpc_endpoint", e -> "Interface".equals(e.path("vpc_endpoint_type").asText()));
        assertThat(interfaces).as("%s: interface endpoints", environment).hasSizeGreaterThanOrEqualTo(SESSION_MANAGER.size());
        for (JsonNode endpoint : interfaces) {
            String service = endpoint.path("service_name").asText();
            assertThat(isTrue(endpoint.path("private_dns_enabled"))).as("%s: %s private DNS", environment, service).isTrue();
            assertThat(texts(endpoint.path("subnet_ids"))).as("%s: %s subnets are exactly the private ones", environment, service)
                    .containsExactlyInAnyOrderElementsOf(privateSubnetIds);
            assertThat(texts(endpoint.path("security_group_ids"))).as("%s: %s security groups", environment, service)
                    .containsExactly(ref(ENDPOINT_SG, "id"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void endpointSecurityGroupAdmitsOnlyHttpsFromTheVpc(String environment) {
        Template template = template(environment);
        List<JsonNode> ingress = template.resourcesWhere("aws_vpc_security_group_ingress_rule",
                r -> r.path("security_group_id").asText().equals(ref(ENDPOINT_SG, "id")));
        assertThat(ingress).as("%s: ingress rules of the endpoint security group", environment).hasSize(1);
        JsonNode rule = ingress.get(0);
        assertThat(rule.path("ip_protocol").asText()).as("%s: protocol", environment).isEqualTo("tcp");
        assertThat(rule.path("from_port").asInt(-1)).as("%s: from_port", environment).isEqualTo(443);
        assertThat(rule.path("to_port").asInt(-1)).as("%s: to_port", environment).isEqualTo(443);
        assertThat(rule.path("cidr_ipv4").asText()).as("%s: source is the VPC block", environment)
                .isEqualTo(env(environment).network().vpcCidr());
        assertThat(rule.has("referenced_security_group_id") || rule.has("prefix_list_id") || rule.has("cidr_ipv6"))
                .as("%s: no other source on the endpoint rule", environment).isFalse();
    }

    // ---------------------------------------------------------------- flow logs

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void flowLogsCaptureAllTrafficIntoAnEncryptedLogGroupWithRetention(String environment) {
        Template template = template(environment);
        assertThat(template.count("aws_flow_log")).as("%s: flow logs", environment).isEqualTo(1);
        JsonNode flowLog = template.resource("aws_flow_log.vpc_this");
        assertThat(flowLog.path("vpc_id").asText()).as("%s: flow log VPC", environment).isEqualTo(ref(VPC, "id"));
        assertThat(flowLog.path("traffic_type").asText()).as("%s: traffic type", environment).isEqualTo("ALL");
        assertThat(flowLog.path("log_destination_type").asText()).as("%s: destination type", environment).isEqualTo("cloud-watch-logs");
        assertThat(flowLog.path("log_destination").asText()).as("%s: destination", environment)
                .isEqualTo(ref("aws_cloudwatch_log_group.vpc_flow_logs", "arn"));
        assertThat(flowLog.path("iam_role_arn").asText()).as("%s: delivery role", environment)
                .isEqualTo(ref("aws_iam_role.vpc_flow_logs", "arn"));

        JsonNode group = template.resource("aws_cloudwatch_log_group.vpc_flow_logs");
        assertThat(group.path("retention_in_days").asInt(-1)).as("%s: flow log retention", environment)
                .isEqualTo(env(environment).logRetentionDays());
        assertThat(group.path("kms_key_id").asText()).as("%s: flow log group encrypted with the platform key", environment)
                .isEqualTo(ref("aws_kms_key.kms_this", "arn"));
    }

    @Test
    void devKeepsFlowLogsFourteenDays() {
        assertThat(template("dev").resource("aws_cloudwatch_log_group.vpc_flow_logs").path("retention_in_days").asInt(-1))
                .as("dev flow log retention").isEqualTo(14);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void flowLogRoleIsTrustedOnlyByVpcFlowLogsAndWritesOnlyItsLogGroup(String environment) {
        Template template = template(environment);
        JsonNode trust = Template.policy(template.resource("aws_iam_role.vpc_flow_logs"), "assume_role_policy");
        List<JsonNode> trustStatements = statements(trust);
        assertThat(trustStatements).as("%s: trust statements", environment).hasSize(1);
        assertThat(trustStatements.get(0).path("Effect").asText()).as("%s: trust effect", environment).isEqualTo("Allow");
        assertThat(texts(trustStatements.get(0).path("Principal").path("Service"))).as("%s: trusted service", environment)
                .containsExactly("vpc-flow-logs.amazonaws.com");
        assertThat(trustStatements.get(0).path("Principal").has("AWS")).as("%s: no AWS principal in trust", environment).isFalse();
        assertThat(texts(trustStatements.get(0).path("Action"))).as("%s: trust action", environment).containsExactly("sts:AssumeRole");

        List<JsonNode> policies = template.resourcesWhere("aws_iam_role_policy",
                p -> p.path("role").asText().equals(ref("aws_iam_role.vpc_flow_logs", "id")));
        assertThat(policies).as("%s: inline policies of the flow log role", environment).hasSize(1);
        String groupArn = ref("aws_cloudwatch_log_group.vpc_flow_logs", "arn");
        List<JsonNode> granted = statements(Template.policy(policies.get(0), "policy"));
        assertThat(granted).as("%s: flow log role statements", environment).isNotEmpty();
        for (JsonNode statement : granted) {
            assertThat(texts(statement.path("Resource"))).as("%s: flow log role resources", environment)
                    .isNotEmpty()
                    .doesNotContain("*")
                    .allSatisfy(resource -> assertThat(resource).isIn(groupArn, groupArn + ":*"));
            assertThat(texts(statement.path("Action"))).as("%s: flow log role actions", environment)
                    .contains("logs:CreateLogStream", "logs:PutLogEvents")
                    .allSatisfy(action -> assertThat(action).startsWith("logs:").doesNotContain("*"));
        }
    }

    // ---------------------------------------------------------------- default security group

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void defaultSecurityGroupIsManagedWithNoRules(String environment) {
        Template template = template(environment);
        assertThat(template.count("aws_default_security_group")).as("%s: managed default security groups", environment).isEqualTo(1);
        JsonNode group = template.resource("aws_default_security_group.vpc_default");
        assertThat(group.path("vpc_id").asText()).as("%s: default SG of our VPC", environment).isEqualTo(ref(VPC, "id"));
        assertThat(group.path("ingress").isArray() && group.path("ingress").isEmpty())
                .as("%s: default SG ingress is an explicit empty list, got %s", environment, group.path("ingress")).isTrue();
        assertThat(group.path("egress").isArray() && group.path("egress").isEmpty())
                .as("%s: default SG egress is an explicit empty list, got %s", environment, group.path("egress")).isTrue();
    }

    // ---------------------------------------------------------------- typed Java outputs

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void typedSubnetOutputsFollowTheConfiguredZoneOrder(String environment) {
        Network network = template(environment).stack().network();
        EnvironmentConfig env = env(environment);

        assertThat(network.privateSubnets()).extracting(SubnetRef::availabilityZone)
                .as("%s: private subnet zones, in order", environment).containsExactlyElementsOf(env.availabilityZones());
        assertThat(network.privateSubnets()).extracting(SubnetRef::cidr)
                .as("%s: private subnet blocks, in order", environment).containsExactlyElementsOf(env.network().privateSubnetCidrs());
        assertThat(network.privateSubnets()).extracting(SubnetRef::tier).as("%s: private tier", environment).containsOnly("private");
        assertThat(network.publicSubnets()).extracting(SubnetRef::availabilityZone)
                .as("%s: public subnet zones, in order", environment).containsExactlyElementsOf(env.availabilityZones());
        assertThat(network.publicSubnets()).extracting(SubnetRef::cidr)
                .as("%s: public subnet blocks, in order", environment).containsExactlyElementsOf(env.network().publicSubnetCidrs());
        assertThat(network.publicSubnets()).extracting(SubnetRef::tier).as("%s: public tier", environment).containsOnly("public");
        assertThat(network.vpcCidr()).as("%s: typed VPC CIDR", environment).isEqualTo(env.network().vpcCidr());
    }

    @Test
    void typedOutputsExposeNatIpsAndEndpointServicesPerEnvironment() {
        assertThat(template("dev").stack().network().natPublicIps()).as("dev NAT public IPs").hasSize(1);
        assertThat(template("prod").stack().network().natPublicIps()).as("prod NAT public IPs").hasSize(3);
        assertThat(template("dev").stack().network().interfaceEndpointServices())
                .as("dev typed interface endpoints").containsExactly("ssm", "ssmmessages", "ec2messages");
        assertThat(template("prod").stack().network().interfaceEndpointServices())
                .as("prod typed interface endpoints").containsExactly("ssm", "ssmmessages", "ec2messages", "glue", "sts", "logs");
    }

    // ---------------------------------------------------------------- helpers

    private static Template template(String environment) {
        return TEMPLATES.get(environment);
    }

    private static EnvironmentConfig env(String environment) {
        return ENVIRONMENTS.get(environment);
    }

    private static void assertSubnet(Template template, String address, String zone, String cidr, String tier) {
        JsonNode subnet = template.resource(address);
        assertThat(subnet.path("availability_zone").asText()).as("%s zone", address).isEqualTo(zone);
        assertThat(subnet.path("cidr_block").asText()).as("%s CIDR", address).isEqualTo(cidr);
        assertThat(subnet.path("vpc_id").asText()).as("%s VPC", address).isEqualTo(ref(VPC, "id"));
        assertThat(subnet.path("tags").path("Tier").asText()).as("%s Tier tag", address).isEqualTo(tier);
    }

    /** Subnet addresses ({@code aws_subnet.x}) of a tier, by their Tier tag. */
    private static List<String> subnetAddresses(Template template, String tier) {
        List<String> out = new ArrayList<>();
        template.resources("aws_subnet").forEach((name, subnet) -> {
            if (tier.equals(subnet.path("tags").path("Tier").asText())) {
                out.add("aws_subnet." + name);
            }
        });
        return out;
    }

    /** The route table reference a subnet is associated with. */
    private static String routeTableOf(Template template, String subnetAddress) {
        List<JsonNode> associations = template.resourcesWhere("aws_route_table_association",
                a -> a.path("subnet_id").asText().equals(ref(subnetAddress, "id")));
        assertThat(associations).as("route table associations of %s", subnetAddress).hasSize(1);
        return associations.get(0).path("route_table_id").asText();
    }

    /** Route table references of the private subnets, derived from the associations (not from names). */
    private static List<String> privateRouteTables(Template template) {
        return subnetAddresses(template, "private").stream().map(s -> routeTableOf(template, s)).distinct().toList();
    }

    private static List<String> interfaceEndpointServices(Template template, EnvironmentConfig env) {
        String prefix = "com.amazonaws." + env.region() + ".";
        List<String> services = new ArrayList<>();
        for (JsonNode endpoint : template.resourcesWhere("aws_vpc_endpoint", e -> "Interface".equals(e.path("vpc_endpoint_type").asText()))) {
            String service = endpoint.path("service_name").asText();
            assertThat(service).as("interface endpoint service name").startsWith(prefix);
            services.add(service.substring(prefix.length()));
        }
        return services;
    }
}
