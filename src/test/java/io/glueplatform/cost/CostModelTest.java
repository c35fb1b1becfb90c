package io.glueplatform.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.glueplatform.testing.SynthFixture;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The cost model per component against hand-computed amounts (730 h/month), then totals of the shipped stacks. */
class CostModelTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final UsageAssumptions USAGE = new UsageAssumptions(0.5, 5, 12, 10, 0.5, 10);

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A small price table with round numbers, so every expectation below is easy to check by hand. */
    private static final PriceTable PRICES = PriceTable.of(json("""
            {'region': 'test-1', 'source': 'hand-made', 'asOf': '2000-01-01', 'hoursPerMonth': 730,
             'ec2InstanceHourly': {'t3.micro': 0.01}, 'ebsGbMonth': {'gp3': 0.1},
             'natGatewayHourly': 0.05, 'natGatewayProcessedGb': 0.05, 'publicIpv4Hourly': 0.005,
             'interfaceEndpointHourlyPerAz': 0.01,
             'rdsInstanceHourly': {'mysql': {'db.t3.micro': 0.02}, 'postgres': {'db.t4g.micro': 0.016}},
             'rdsMultiAzInstanceFactor': 2, 'rdsStorageGbMonth': {'gp3': 0.1}, 'rdsMultiAzStorageFactor': 2,
             'redshiftNodeHourly': {'ra3.xlplus': 1.0}, 'cloudwatchLogsIngestGb': 0.5, 'cloudwatchLogsStorageGbMonth': 0.03,
             'ecrStorageGbMonth': 0.1, 'secretsManagerSecretMonth': 0.4, 'kmsKeyMonth': 1.0,
             'fargateVcpuHourly': 0.04, 'fargateGbHourly': 0.004, 'glueDpuHourly': 0.44}"""));

    private static CostEstimate estimate(String resources) {
        JsonNode document = json("{'provider': {'aws': [{'region': 'test-1'}]}, 'resource': " + resources + "}");
        return CostModel.estimate("unit", document, region -> PRICES, USAGE);
    }

    @Test
    void instanceIsHourlyPriceTimes730PlusItsRootVolume() {
        CostEstimate cost = estimate("{'aws_instance': {'host': {'instance_type': 't3.micro', 'root_block_device': {'volume_size': 20, 'volume_type': 'gp3'}}}}");
        assertThat(cost.byComponent().get(Component.EC2)).isCloseTo(7.30, within(1e-9));      // 0.01 × 730
        assertThat(cost.byComponent().get(Component.EBS)).isCloseTo(2.00, within(1e-9));      // 20 GB × 0.1
        assertThat(cost.total()).isCloseTo(9.30, within(1e-9));
    }

    @Test
    void rootVolumeComesFromTheLaunchTemplateWhenTheInstanceHasNone() {
        CostEstimate cost = estimate("""
                {'aws_launch_template': {'lt': {'instance_type': 't3.micro', 'block_device_mappings': [{'ebs': {'volume_size': 50, 'volume_type': 'gp3'}}]}},
                 'aws_instance': {'host': {'launch_template': {'id': '${aws_launch_template.lt.id}'}}}}""");
        assertThat(cost.byComponent().get(Component.EC2)).isCloseTo(7.30, within(1e-9));
        assertThat(cost.byComponent().get(Component.EBS)).isCloseTo(5.00, within(1e-9));
    }

    @Test
    void natGatewayIsHourlyPlusAssumedTrafficAndItsElasticIpIsAPublicIpv4Address() {
        CostEstimate cost = estimate("{'aws_nat_gateway': {'a': {}}, 'aws_eip': {'a': {}}}");
        assertThat(cost.byComponent().get(Component.NAT)).isCloseTo(36.50 + 0.50, within(1e-9)); // 0.05×730 + 10 GB × 0.05
        assertThat(cost.byComponent().get(Component.PUBLIC_IPV4)).isCloseTo(3.65, within(1e-9)); // 0.005 × 730
    }

    @Test
    void interfaceEndpointsArePricedPerAvailabilityZoneAndGatewayEndpointsAreFree() {
        CostEstimate cost = estimate("""
                {'aws_vpc_endpoint': {'ssm': {'vpc_endpoint_type': 'Interface', 'subnet_ids': ['${aws_subnet.a.id}', '${aws_subnet.b.id}', '${aws_subnet.c.id}']},
                                      's3': {'vpc_endpoint_type': 'Gateway'}}}""");
        assertThat(cost.byComponent().get(Component.INTERFACE_ENDPOINTS)).isCloseTo(21.90, within(1e-9)); // 3 × 0.01 × 730
        assertThat(cost.lines()).hasSize(1);
    }

    @Test
    void multiAzDoublesTheRdsInstanceAndItsStorageAndTheManagedPasswordIsASecret() {
        CostEstimate single = estimate("{'aws_db_instance': {'db': {'engine': 'mysql', 'instance_class': 'db.t3.micro', 'allocated_storage': 20, 'storage_type': 'gp3'}}}");
        CostEstimate multi = estimate("{'aws_db_instance': {'db': {'engine': 'mysql', 'instance_class': 'db.t3.micro', 'allocated_storage': 20, 'storage_type': 'gp3',"
                + " 'multi_az': true, 'manage_master_user_password': true}}}");
        assertThat(single.byComponent().get(Component.RDS)).isCloseTo(14.60, within(1e-9));         // 0.02 × 730
        assertThat(single.byComponent().get(Component.RDS_STORAGE)).isCloseTo(2.00, within(1e-9));  // 20 × 0.1
        assertThat(single.byComponent()).doesNotContainKey(Component.SECRETS);
        assertThat(multi.byComponent().get(Component.RDS)).isCloseTo(29.20, within(1e-9));
        assertThat(multi.byComponent().get(Component.RDS_STORAGE)).isCloseTo(4.00, within(1e-9));
        assertThat(multi.byComponent().get(Component.SECRETS)).isCloseTo(0.40, within(1e-9));
    }

    @Test
    void redshiftIsNodesTimesNodePrice() {
        CostEstimate cost = estimate("{'aws_redshift_cluster': {'r': {'node_type': 'ra3.xlplus', 'number_of_nodes': 2}}}");
        assertThat(cost.byComponent().get(Component.REDSHIFT)).isCloseTo(1460.0, within(1e-9)); // 2 × 1.0 × 730
    }

    @Test
    void logsAreIngestPlusWhatTheRetentionKeeps() {
        CostEstimate cost = estimate("""
                {'aws_cloudwatch_log_group': {'app': {'retention_in_days': 30}, 'flow': {'retention_in_days': 60}, 'forever': {}},
                 'aws_flow_log': {'f': {'log_destination': '${aws_cloudwatch_log_group.flow.arn}'}}}""");
        // app: 0.5 GB × 0.5 + 0.5 GB × 1 month × 0.03; flow: 5 × 0.5 + 5 × 2 × 0.03; forever: 0.5 × 0.5 + 0.5 × 12 × 0.03
        assertThat(cost.byComponent().get(Component.LOGS)).isCloseTo((0.25 + 0.015) + (2.5 + 0.3) + (0.25 + 0.18), within(1e-9));
    }

    @Test
    void ecrStorageFollowsTheLifecycleLimit() throws Exception {
        String policy = "{\"rules\":[{\"selection\":{\"countType\":\"imageCountMoreThan\",\"countNumber\":30}}]}";
        String resources = MAPPER.writeValueAsString(Map.of(
                "aws_ecr_repository", Map.of("kept", Map.of(), "unbounded", Map.of()),
                "aws_ecr_lifecycle_policy", Map.of("kept", Map.of("repository", "${aws_ecr_repository.kept.name}", "policy", policy))));
        CostEstimate cost = CostModel.estimate("unit", MAPPER.readTree("{\"provider\": {\"aws\": [{\"region\": \"test-1\"}]}, \"resource\": "
                + resources + "}"), region -> PRICES, USAGE);
        // kept: 30 images × 0.5 GB × 0.1; unbounded: the assumed 10 images × 0.5 GB × 0.1
        assertThat(cost.lines()).filteredOn(l -> l.component() == Component.ECR)
                .extracting(CostLine::resource, CostLine::monthlyUsd)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("aws_ecr_repository.kept", 1.5),
                        org.assertj.core.groups.Tuple.tuple("aws_ecr_repository.unbounded", 0.5));
    }

    @Test
    void secretsKeysAndFargateTasks() {
        CostEstimate cost = estimate("""
                {'aws_secretsmanager_secret': {'a': {}, 'b': {}}, 'aws_kms_key': {'k': {}},
                 'aws_ecs_task_definition': {'t': {'cpu': '1024', 'memory': '2048'}},
                 'aws_ecs_service': {'idle': {'desired_count': 0, 'task_definition': '${aws_ecs_task_definition.t.arn}'},
                                     'busy': {'desired_count': 2, 'task_definition': '${aws_ecs_task_definition.t.arn}'}}}""");
        assertThat(cost.byComponent().get(Component.SECRETS)).isCloseTo(0.80, within(1e-9));
        assertThat(cost.byComponent().get(Component.KMS)).isCloseTo(1.00, within(1e-9));
        // busy: 2 × (1 vCPU × 0.04 + 2 GB × 0.004) × 730 = 70.08; idle: 0
        assertThat(cost.byComponent().get(Component.FARGATE)).isCloseTo(70.08, within(1e-9));
    }

    @Test
    void glueIsPricedPerHourOfAllJobsNotPerMonth() {
        CostEstimate cost = estimate("{'aws_glue_job': {'a': {'worker_type': 'G.1X', 'number_of_workers': 2}, 'b': {'worker_type': 'G.2X', 'number_of_workers': 10}}}");
        assertThat(cost.glueDpuHourUsd()).isCloseTo((2 * 1 + 10 * 2) * 0.44, within(1e-9));
        assertThat(cost.total()).isZero();
    }

    @Test
    void resourcesArePricedInTheRegionOfTheirProvider() {
        JsonNode document = json("""
                {'provider': {'aws': [{'region': 'test-1'}, {'alias': 'store', 'region': 'elsewhere-1'}]},
                 'resource': {'aws_kms_key': {'home': {}, 'away': {'provider': 'aws.store'}}}}""");
        PriceTable elsewhere = PriceTable.of(json("{'region': 'elsewhere-1', 'source': 's', 'asOf': 'd', 'hoursPerMonth': 730, 'kmsKeyMonth': 3.0}"));
        CostEstimate cost = CostModel.estimate("unit", document, region -> region.equals("test-1") ? PRICES : elsewhere, USAGE);
        assertThat(cost.lines()).extracting(CostLine::resource, CostLine::region).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("aws_kms_key.home", "test-1"), org.assertj.core.groups.Tuple.tuple("aws_kms_key.away", "elsewhere-1"));
        assertThat(cost.total()).isCloseTo(4.0, within(1e-9));
    }

    @Test
    void anUnpricedInstanceTypeIsOneSentenceNamingEnvironmentTypeAndTable() {
        assertThatThrownBy(() -> estimate("{'aws_instance': {'big': {'instance_type': 'x9.huge'}}}"))
                .isInstanceOf(CostException.class)
                .hasMessage("environment 'unit': no test-1 price for EC2 instance type 'x9.huge'; priced: [t3.micro]"
                        + " (src/main/resources/cost/prices-test-1.json)");
    }

    @Test
    void aRegionWithoutAPriceTableIsNamed() {
        assertThatThrownBy(() -> PriceTable.forRegion("ap-nowhere-9"))
                .isInstanceOf(CostException.class)
                .hasMessageContaining("no price table for region 'ap-nowhere-9'")
                .hasMessageContaining("src/main/resources/cost/prices-ap-nowhere-9.json");
    }

    @Test
    void shippedDevCostsWhatItsResourcesAddUpTo() {
        CostEstimate dev = CostModel.estimate("dev", SynthFixture.synth("dev").json());
        Map<Component, Double> c = dev.byComponent();
        assertThat(c.get(Component.EC2)).isCloseTo((0.0104 + 0.0208) * 730, within(1e-9));      // tools t3.micro + kubernetes t3.small
        assertThat(c.get(Component.NAT)).isCloseTo(0.045 * 730 + 10 * 0.045, within(1e-9));    // SINGLE NAT
        assertThat(c.get(Component.PUBLIC_IPV4)).isCloseTo(0.005 * 730, within(1e-9));
        assertThat(c.get(Component.INTERFACE_ENDPOINTS)).isCloseTo(3 * 2 * 0.01 * 730, within(1e-9)); // ssm, ssmmessages, ec2messages × 2 AZ
        assertThat(c.get(Component.RDS)).isCloseTo(0.017 * 730, within(1e-9));                 // db.t3.micro single-AZ
        assertThat(c.get(Component.RDS_STORAGE)).isCloseTo(20 * 0.115, within(1e-9));
        assertThat(c.get(Component.KMS)).isCloseTo(1.0, within(1e-9));
        assertThat(dev.total()).isCloseTo(c.values().stream().mapToDouble(Double::doubleValue).sum(), within(1e-9));
    }

    @Test
    void shippedProdPaysForNatPerZoneMultiAzAndOptionalEndpoints() {
        Map<Component, Double> c = CostModel.estimate("prod", SynthFixture.synth("prod").json()).byComponent();
        assertThat(c.get(Component.NAT)).isCloseTo(3 * (0.045 * 730 + 10 * 0.045), within(1e-9));
        assertThat(c.get(Component.PUBLIC_IPV4)).isCloseTo(3 * 0.005 * 730, within(1e-9));
        assertThat(c.get(Component.INTERFACE_ENDPOINTS)).isCloseTo(6 * 3 * 0.01 * 730, within(1e-9)); // + glue, sts, logs
        assertThat(c.get(Component.RDS)).isCloseTo(0.065 * 2 * 730, within(1e-9));             // db.t4g.medium Multi-AZ
        assertThat(c.get(Component.RDS_STORAGE)).isCloseTo(50 * 0.115 * 2, within(1e-9));
    }

    @Test
    void shippedDataxrPricesTheRedshiftNodeInUsEast1() {
        CostEstimate dataxr = CostModel.estimate("dataxr", SynthFixture.synth("dataxr").json());
        assertThat(dataxr.lines()).filteredOn(l -> l.component() == Component.REDSHIFT)
                .singleElement().satisfies(l -> {
                    assertThat(l.region()).isEqualTo("us-east-1");
                    assertThat(l.monthlyUsd()).isCloseTo(1.086 * 730, within(1e-9));
                });
    }
}
