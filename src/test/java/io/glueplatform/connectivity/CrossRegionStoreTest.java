package io.glueplatform.connectivity;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.stack.DeploymentTarget;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 002: a Redshift cluster in another region, reached through the Glue VPC's NAT gateway EIP. */
class CrossRegionStoreTest {

    private static final String CLUSTER = "aws_redshift_cluster.xr_redshift";
    private static Template xr;
    private static Template dev;

    @BeforeAll
    static void synth() {
        xr = SynthFixture.synth("dataxr");
        dev = SynthFixture.synth("dev");
    }

    private static List<JsonNode> providers(Template t) {
        List<JsonNode> result = new ArrayList<>();
        t.json().path("provider").path("aws").forEach(result::add);
        return result;
    }

    @Test
    void storeResourcesUseTheAliasedProviderOfTheStoreRegion() {
        assertThat(providers(xr)).anySatisfy(p -> {
            assertThat(p.path("alias").asText()).isEqualTo("store");
            assertThat(p.path("region").asText()).isEqualTo("us-east-1");
        });
        for (String address : List.of(CLUSTER, "aws_kms_key.xr_key", "aws_vpc.xr_vpc_this", "aws_subnet.xr_vpc_public_a",
                "aws_security_group.xr_redshift_sg_this", "aws_vpc_security_group_ingress_rule.xr_redshift_sg_in_glue_nat_0",
                "aws_redshift_subnet_group.xr_subnets", "aws_eip.xr_eip")) {
            assertThat(xr.resource(address).path("provider").asText()).as(address).isEqualTo("aws.store");
        }
        // Glue-side pieces stay in the Glue region.
        assertThat(xr.resource("aws_secretsmanager_secret.xr_glue_secret").has("provider")).isFalse();
        assertThat(xr.resource("aws_glue_connection.glue_redshift").has("provider")).isFalse();
    }

    @Test
    void clusterIsEncryptedWithItsRegionsKeyAndManagesItsOwnPassword() {
        JsonNode cluster = xr.resource(CLUSTER);
        assertThat(cluster.path("encrypted").asBoolean()).isTrue();
        assertThat(cluster.path("kms_key_id").asText()).isEqualTo(Template.ref("aws_kms_key.xr_key", "arn"));
        assertThat(cluster.path("manage_master_password").asBoolean()).isTrue();
        assertThat(cluster.has("master_password")).isFalse();
        assertThat(cluster.path("publicly_accessible").asBoolean()).isTrue();
        assertThat(cluster.path("elastic_ip").asText()).isEqualTo(Template.ref("aws_eip.xr_eip", "public_ip"));
        assertThat(xr.resource("aws_redshift_parameter_group.xr_parameters").path("parameter").toString()).contains("require_ssl");
    }

    @Test
    void securityGroupAdmitsOnlyTheNatEipOnTheStorePort() {
        List<JsonNode> ingress = xr.resourcesWhere("aws_vpc_security_group_ingress_rule",
                r -> Template.ref("aws_security_group.xr_redshift_sg_this", "id").equals(r.path("security_group_id").asText()));
        assertThat(ingress).singleElement().satisfies(rule -> {
            assertThat(rule.path("cidr_ipv4").asText()).isEqualTo("${aws_eip.vpc_nat_a.public_ip}/32");
            assertThat(rule.path("from_port").asInt()).isEqualTo(5439);
            assertThat(rule.path("to_port").asInt()).isEqualTo(5439);
        });
    }

    @Test
    void oneRuleForEveryNatGatewayWithOnePerAz() {
        Template perAz = SynthFixture.variant("dataxr", ConfigFixtures.put("/network/natMode", "ONE_PER_AZ"));
        assertThat(perAz.resources("aws_vpc_security_group_ingress_rule")).containsKeys("xr_redshift_sg_in_glue_nat_0", "xr_redshift_sg_in_glue_nat_1");
    }

    @Test
    void glueJdbcConnectionInTheFirstPrivateSubnetWithSslAndSecret() {
        JsonNode connection = xr.resource("aws_glue_connection.glue_redshift");
        assertThat(connection.path("connection_type").asText()).isEqualTo("JDBC");
        JsonNode properties = connection.path("connection_properties");
        assertThat(properties.path("JDBC_CONNECTION_URL").asText()).isEqualTo("jdbc:redshift://" + Template.ref(CLUSTER, "endpoint") + "/analytics");
        assertThat(properties.path("JDBC_ENFORCE_SSL").asText()).isEqualTo("true");
        assertThat(properties.path("SECRET_ID").asText()).isEqualTo(Template.ref("aws_secretsmanager_secret.xr_glue_secret", "arn"));
        JsonNode requirements = connection.path("physical_connection_requirements");
        assertThat(requirements.path("subnet_id").asText()).isEqualTo(Template.ref("aws_subnet.vpc_private_a", "id"));
        assertThat(requirements.path("security_group_id_list").get(0).asText()).isEqualTo(Template.ref("aws_security_group.glue_sg_this", "id"));
        assertThat(xr.resource("aws_vpc_security_group_egress_rule.glue_sg_out_redshift").path("cidr_ipv4").asText())
                .isEqualTo("${aws_eip.xr_eip.public_ip}/32");
        assertThat(xr.text()).doesNotContain("secret_string");
    }

    @Test
    void aJobUsesTheStore() {
        JsonNode job = xr.resource("aws_glue_job.glue_warehouse_load");
        assertThat(job.path("connections").toString()).contains("glue_network_a", "glue_network_b", "glue_redshift");
        assertThat(job.path("default_arguments").path("--REDSHIFT_CONNECTION").asText()).isEqualTo(Template.ref("aws_glue_connection.glue_redshift", "name"));
    }

    @Test
    void anotherAccountAssumesTheConfiguredRoleOnRealTargets() {
        var config = SynthFixture.config("dataxr", ConfigFixtures.put("/connectivity/crossRegionStore/accountId", "999988887777")
                .andThen(ConfigFixtures.put("/connectivity/crossRegionStore/assumeRoleArn", "arn:aws:iam::999988887777:role/glue-platform-deployer")));
        Template aws = SynthFixture.synth(config, DeploymentTarget.AWS);
        assertThat(providers(aws)).filteredOn(p -> "store".equals(p.path("alias").asText())).singleElement().satisfies(p -> {
            assertThat(p.path("assume_role").get(0).path("role_arn").asText()).isEqualTo("arn:aws:iam::999988887777:role/glue-platform-deployer");
            assertThat(p.path("allowed_account_ids").toString()).contains("999988887777");
        });
        Template offline = SynthFixture.synth(config, DeploymentTarget.OFFLINE);
        assertThat(providers(offline)).noneMatch(p -> p.has("assume_role"));
    }

    @Test
    void absentWithoutConnectivity() {
        assertThat(dev.count("aws_redshift_cluster")).isZero();
        assertThat(providers(dev)).hasSize(1);
        assertThat(dev.resources("aws_glue_job")).doesNotContainKeys("glue_warehouse_load", "glue_orders_enrichment");
        assertThat(dev.resources("aws_glue_connection")).doesNotContainKeys("glue_redshift", "glue_postgres");
    }
}
