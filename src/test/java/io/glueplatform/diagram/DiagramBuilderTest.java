package io.glueplatform.diagram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glueplatform.Main;
import io.glueplatform.cost.CostModel;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.docs.Graphviz;
import io.glueplatform.testing.Repo;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The picture of each shipped stack, and of a deliberately broken network, as DOT text. */
class DiagramBuilderTest {

    static String dot(String environment, JsonNode document) {
        List<io.glueplatform.checks.Suppression> suppressions = Main.suppressions(SynthFixture.environment(environment));
        return DotWriter.write(DiagramBuilder.build(environment, document, suppressions, CostModel.estimate(environment, document)));
    }

    /**
     * The broken-network fixture: dev's document with the RDS security group's rule that admits the Glue security
     * group removed, so the store no longer admits Glue (the synth itself would refuse it with GLUE-NET-006).
     */
    static JsonNode devWithoutGlueIngressOnRds() {
        ObjectNode document = SynthFixture.synth("dev").json().deepCopy();
        ObjectNode rules = (ObjectNode) document.path("resource").path("aws_vpc_security_group_ingress_rule");
        assertThat(rules.remove("rds_sg_in_mysql_from_glue")).as("dev's rule admitting Glue on RDS").isNotNull();
        return document;
    }

    private static List<String> edges(String dot, String from, String to) {
        return dot.lines().filter(l -> l.contains("\"" + from + "\" -> \"" + to + "\"")).toList();
    }

    @Test
    void devHasOneColumnPerZoneWithPublicAndPrivateSubnets() {
        String dot = dot("dev", SynthFixture.synth("dev").json());
        assertThat(dot).contains("subgraph \"cluster_aws_vpc.vpc_this/us-east-2a\"", "subgraph \"cluster_aws_vpc.vpc_this/us-east-2b\"")
                .contains("private subnet vpc_private_a · 10.0.10.0/24", "public subnet vpc_public_b · 10.0.2.0/24")
                .contains("NAT gateway vpc_nat_a", "internet gateway", "S3 gateway endpoint", "interface endpoints (ENIs)",
                        "ec2messages · ssm · ssmmessages", "RDS mysql rds_this", "EC2 ec2_tools_host", "ECS service dev-data-processing");
    }

    @Test
    void theFirstConnectionIsMarkedAndEveryJobPointsAtIt() {
        String dot = dot("dev", SynthFixture.synth("dev").json());
        assertThat(dot).contains("★ dev-glue-network-us-east-2a").doesNotContain("★ dev-glue-network-us-east-2b");
        assertThat(edges(dot, "aws_glue_job.glue_customer_data_cleansing", "aws_glue_connection.glue_network_a")).singleElement()
                .asString().contains("ENIs");
    }

    @Test
    void aReachableStoreIsABluePathLabelledWithTheAdmittingRule() {
        String dot = dot("dev", SynthFixture.synth("dev").json());
        assertThat(edges(dot, "routes:aws_subnet.vpc_private_a", "aws_db_instance.rds_this")).singleElement().asString()
                .contains(DotWriter.PATH_BLUE).contains("✓ tcp 3306 rds_sg_in_mysql_from_glue");
        assertThat(edges(dot, "routes:aws_subnet.vpc_private_a", "aws_vpc_endpoint.vpc_s3")).singleElement().asString()
                .contains(DotWriter.PATH_BLUE).contains("S3");
        assertThat(dot).doesNotContain(DotWriter.BROKEN_RED + "\" fontcolor");
    }

    @Test
    void securityGroupRulesAreEdgesWithPorts() {
        String dot = dot("dev", SynthFixture.synth("dev").json());
        assertThat(edges(dot, "aws_instance.ec2_tools_host", "aws_db_instance.rds_this")).singleElement().asString()
                .contains(DotWriter.ADMIT_GREEN).contains("tcp 3306");
        assertThat(edges(dot, "aws_security_group.web_sg_this", "aws_ecs_service.containers_service")).singleElement().asString()
                .contains("tcp 8080, 5000, 3000");
        assertThat(dot).contains("admits tcp 443 from 10.0.0.0/16");
    }

    @Test
    void prodHasThreeZonesEachWithItsOwnNat() {
        String dot = dot("prod", SynthFixture.synth("prod").json());
        for (String zone : List.of("a", "b", "c")) {
            assertThat(dot).contains("subgraph \"cluster_aws_vpc.vpc_this/us-east-2" + zone + "\"", "NAT gateway vpc_nat_" + zone);
            assertThat(edges(dot, "routes:aws_subnet.vpc_private_" + zone, "aws_nat_gateway.vpc_nat_" + zone)).hasSize(1);
        }
        assertThat(dot).contains("Multi-AZ", "ec2messages · glue · logs · ssm · ssmmessages · sts");
    }

    @Test
    void dataxrDrawsRedshiftThroughTheNatEipAndPostgresOverThePeering() {
        String dot = dot("dataxr", SynthFixture.synth("dataxr").json());
        assertThat(dot).contains("us-east-1", "Redshift xr_redshift", "VPC peering peer_link", "RDS postgres peer_postgres");
        assertThat(edges(dot, "aws_nat_gateway.vpc_nat_a", "aws_internet_gateway.vpc_this")).singleElement().asString().contains(DotWriter.PATH_BLUE);
        assertThat(edges(dot, "aws_internet_gateway.xr_vpc_this", "aws_redshift_cluster.xr_redshift")).singleElement().asString()
                .contains("✓ tcp 5439 xr_redshift_sg_in_glue_nat_0").contains("for dataxr-warehouse-load");
        assertThat(edges(dot, "aws_vpc_peering_connection.peer_link", "aws_db_instance.peer_postgres")).singleElement().asString()
                .contains("✓ tcp 5432");
    }

    @Test
    void aStoreThatDoesNotAdmitGlueIsARedPathWithTheRuleId() throws IOException {
        String dot = dot("dev", devWithoutGlueIngressOnRds());
        assertThat(edges(dot, "routes:aws_subnet.vpc_private_a", "aws_db_instance.rds_this")).singleElement().asString()
                .contains("color=\"" + DotWriter.BROKEN_RED + "\"").contains("✗ GLUE-NET-006")
                .contains("admits neither the connection's security group").contains("for dev-customer-data-cleansing");
        assertThat(dot).contains("preflight: FAILED · 1 error(s)");
        // Rendered for a human to look at (target/architecture/dev-broken.png): Graphviz must accept it as well.
        Path dir = Repo.root().resolve("target/architecture");
        Files.createDirectories(dir);
        Path file = Files.writeString(dir.resolve("dev-broken.dot"), dot, StandardCharsets.UTF_8);
        Graphviz.render(file, dir.resolve("dev-broken.png"));
        assertThat(dir.resolve("dev-broken.png")).isNotEmptyFile();
    }

    @Test
    void theLegendCarriesTheCostPerComponentAndTheTotal() {
        JsonNode document = SynthFixture.synth("dev").json();
        String dot = dot("dev", document);
        String total = io.glueplatform.cost.CostEstimate.usd(CostModel.estimate("dev", document).total());
        assertThat(dot).contains("Monthly estimate (on-demand list prices): " + total, "NAT gateways: $33.30",
                "Interface endpoints: $43.80", "prices us-east-2: on-demand list prices as of");
    }

    @Test
    void theSameStackGivesTheSameText() {
        assertThat(dot("prod", SynthFixture.synth("prod").json())).isEqualTo(dot("prod", SynthFixture.synth("prod").json()));
    }
}
