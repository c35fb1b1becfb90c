package io.glueplatform.connectivity;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 003: a second VPC with PostgreSQL, peered with the Glue VPC; a job with connections into both VPCs. */
class PeeredStoreTest {

    private static final String PCX = Template.ref("aws_vpc_peering_connection.peer_link", "id");
    private static Template xr;
    private static Template crossRegion;

    @BeforeAll
    static void synth() {
        xr = SynthFixture.synth("dataxr");
        crossRegion = SynthFixture.variant("dataxr", ConfigFixtures.put("/connectivity/peeredVpc/region", "us-west-2")
                .andThen(ConfigFixtures.put("/connectivity/peeredVpc/availabilityZones", List.of("us-west-2a", "us-west-2b"))));
    }

    @Test
    void peeringJoinsTheGlueVpcAndThePeerWithDnsResolutionBothWays() {
        JsonNode peering = xr.resource("aws_vpc_peering_connection.peer_link");
        assertThat(peering.path("vpc_id").asText()).isEqualTo(Template.ref("aws_vpc.vpc_this", "id"));
        assertThat(peering.path("peer_vpc_id").asText()).isEqualTo(Template.ref("aws_vpc.peer_vpc_this", "id"));
        assertThat(peering.path("auto_accept").asBoolean()).isTrue();
        JsonNode options = xr.resource("aws_vpc_peering_connection_options.peer_link_options");
        assertThat(options.path("requester").path("allow_remote_vpc_dns_resolution").asBoolean()).isTrue();
        assertThat(options.path("accepter").path("allow_remote_vpc_dns_resolution").asBoolean()).isTrue();
        JsonNode vpc = xr.resource("aws_vpc.peer_vpc_this");
        assertThat(vpc.path("enable_dns_support").asBoolean()).isTrue();
        assertThat(vpc.path("enable_dns_hostnames").asBoolean()).isTrue();
    }

    @Test
    void routesBothWaysOnEveryRelevantRouteTable() {
        for (String zone : List.of("a", "b")) {
            JsonNode route = xr.resource("aws_route.peer_route_from_glue_" + zone);
            assertThat(route.path("route_table_id").asText()).isEqualTo(Template.ref("aws_route_table.vpc_private_" + zone, "id"));
            assertThat(route.path("destination_cidr_block").asText()).isEqualTo("10.20.0.0/16");
            assertThat(route.path("vpc_peering_connection_id").asText()).isEqualTo(PCX);
        }
        JsonNode back = xr.resource("aws_route.peer_route_to_glue");
        assertThat(back.path("route_table_id").asText()).isEqualTo(Template.ref("aws_route_table.peer_vpc_this", "id"));
        assertThat(back.path("destination_cidr_block").asText()).isEqualTo("10.0.0.0/16");
    }

    @Test
    void privateEncryptedPostgresAdmitsTheGlueVpcCidr() {
        JsonNode db = xr.resource("aws_db_instance.peer_postgres");
        assertThat(db.path("engine").asText()).isEqualTo("postgres");
        assertThat(db.path("storage_encrypted").asBoolean()).isTrue();
        assertThat(db.path("publicly_accessible").asBoolean()).isFalse();
        assertThat(db.path("manage_master_user_password").asBoolean()).isTrue();
        JsonNode rule = xr.resource("aws_vpc_security_group_ingress_rule.peer_rds_sg_in_postgres_from_glue_vpc");
        assertThat(rule.path("cidr_ipv4").asText()).isEqualTo("10.0.0.0/16");
        assertThat(rule.path("from_port").asInt()).isEqualTo(5432);
        assertThat(xr.resource("aws_vpc_security_group_egress_rule.glue_sg_out_postgres").path("cidr_ipv4").asText()).isEqualTo("10.20.0.0/16");
    }

    @Test
    void jobListsTheGlueVpcsConnectionsFirstAndThePeeredOneLast() {
        List<String> connections = new ArrayList<>();
        xr.resource("aws_glue_job.glue_orders_enrichment").path("connections").forEach(c -> connections.add(c.asText()));
        assertThat(connections).containsExactly(
                Template.ref("aws_glue_connection.glue_network_a", "name"), Template.ref("aws_glue_connection.glue_network_b", "name"),
                Template.ref("aws_glue_connection.glue_mysql", "name"), Template.ref("aws_glue_connection.glue_postgres", "name"));
        JsonNode postgres = xr.resource("aws_glue_connection.glue_postgres");
        assertThat(postgres.path("physical_connection_requirements").path("subnet_id").asText())
                .isEqualTo(Template.ref("aws_subnet.peer_vpc_private_a", "id"));
        assertThat(postgres.path("connection_properties").path("JDBC_ENFORCE_SSL").asText()).isEqualTo("true");
    }

    @Test
    void crossRegionPeeringHasAnAccepterAndPerSideOptionsInEachRegion() {
        assertThat(crossRegion.resource("aws_vpc_peering_connection.peer_link").path("peer_region").asText()).isEqualTo("us-west-2");
        assertThat(crossRegion.resource("aws_vpc_peering_connection.peer_link").has("auto_accept")).isFalse();
        assertThat(crossRegion.resource("aws_vpc_peering_connection_accepter.peer_link_accepter").path("provider").asText()).isEqualTo("aws.peer");
        assertThat(crossRegion.resource("aws_vpc_peering_connection_options.peer_link_accepter_options").path("provider").asText()).isEqualTo("aws.peer");
        assertThat(crossRegion.resource("aws_vpc_peering_connection_options.peer_link_requester_options").has("provider")).isFalse();
        assertThat(crossRegion.resource("aws_db_instance.peer_postgres").path("provider").asText()).isEqualTo("aws.peer");
        // Glue cannot use a subnet of another region: the connection sits in the Glue VPC.
        assertThat(crossRegion.resource("aws_glue_connection.glue_postgres").path("physical_connection_requirements").path("subnet_id").asText())
                .isEqualTo(Template.ref("aws_subnet.vpc_private_a", "id"));
        assertThat(crossRegion.resource("aws_glue_connection.glue_postgres").path("connection_properties").path("SECRET_ID").asText())
                .isEqualTo(Template.ref("aws_secretsmanager_secret.peer_glue_secret", "arn"));
    }
}
