package io.glueplatform.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import io.glueplatform.config.ConfigLoader;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.stack.DeploymentTarget;
import io.glueplatform.stack.Stacks;
import io.glueplatform.testing.Repo;
import io.glueplatform.testing.Tools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shipped environment passes `terraform validate` and an offline `terraform plan` with the real
 * AWS provider, and the plan creates exactly what was synthesized: nothing read from AWS, nothing
 * changed or destroyed, every output planned.
 */
@Tag("terraform")
class OfflinePlanTest {

    private static final Path OUTDIR = Repo.root().resolve("target/terraform-test/cdktf.out");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static List<EnvironmentConfig> environments;
    private static final List<String> stacks = new ArrayList<>();

    @BeforeAll
    static void synthesizeEveryEnvironmentOnce() throws IOException {
        Tools.requireTerraform();
        environments = ConfigLoader.load(Repo.environments(), List.of());
        Files.createDirectories(OUTDIR);
        App app = new App(AppConfig.builder().outdir(OUTDIR.toString()).build());
        for (EnvironmentConfig env : environments) {
            Stacks.forEnvironment(app, env, DeploymentTarget.OFFLINE, Repo.scripts()).forEach(stack -> stacks.add(stack.getNode().getId()));
        }
        app.synth();
    }

    @TestFactory
    Stream<DynamicTest> validateAndPlanOffline() {
        return stacks.stream().map(stack -> DynamicTest.dynamicTest(stack, () -> planAndCheck(stack)));
    }

    private void planAndCheck(String stack) throws IOException {
        Tools.Result result = Tools.script("plan.sh", Map.of(), stack, OUTDIR.toString());
        assertThat(result.exitCode()).as("terraform init/validate/plan of %s:%n%s", stack, result.output()).isZero();
        assertThat(result.output()).as("validate").contains("Success! The configuration is valid.");

        Path stackDir = OUTDIR.resolve("stacks").resolve(stack);
        JsonNode synthesized = MAPPER.readTree(stackDir.resolve("cdk.tf.json").toFile());
        JsonNode plan = MAPPER.readTree(stackDir.resolve("plan.json").toFile());

        Set<String> expected = new HashSet<>();
        synthesized.path("resource").fields().forEachRemaining(type ->
                type.getValue().fieldNames().forEachRemaining(name -> expected.add(type.getKey() + "." + name)));
        Set<String> planned = new HashSet<>();
        List<String> notCreate = new ArrayList<>();
        for (JsonNode change : plan.path("resource_changes")) {
            assertThat(change.path("mode").asText()).as("%s is a data source read", change.path("address").asText()).isEqualTo("managed");
            planned.add(change.path("address").asText());
            if (!change.path("change").path("actions").toString().equals("[\"create\"]")) {
                notCreate.add(change.path("address").asText() + " " + change.path("change").path("actions"));
            }
        }
        assertThat(planned).as("planned resources of %s", stack).isEqualTo(expected);
        assertThat(notCreate).as("a fresh plan only creates").isEmpty();
        if (stack.endsWith("-state")) {
            assertThat(expected).as("state bootstrap %s", stack).contains("aws_s3_bucket.s3_tfstate_this", "aws_kms_key.kms_this");
            return;
        }
        assertThat(expected).as("%s is the full platform", stack).contains(
                "aws_vpc.vpc_this", "aws_nat_gateway.vpc_nat_a", "aws_vpc_endpoint.vpc_s3", "aws_db_instance.rds_this",
                "aws_instance.ec2_tools_host", "aws_glue_connection.glue_network_a", "aws_glue_connection.glue_mysql",
                "aws_glue_job.glue_customer_data_cleansing", "aws_glue_job.glue_feature_engineering",
                "aws_glue_security_configuration.glue_this", "aws_kms_key.kms_this",
                // seed 004, on in every shipped environment
                "aws_security_group.web_sg_this", "aws_security_group.monitoring_sg_this", "aws_secretsmanager_secret.secrets_app",
                "aws_ecr_repository.containers_ecr_spark_apps", "aws_ecs_cluster.containers_cluster", "aws_ecs_service.containers_service",
                "aws_glue_job.glue_data_processing", "aws_glue_crawler.glue_crawler_raw", "aws_glue_workflow.glue_workflow",
                "aws_glue_trigger.glue_trigger_after_processing");
        if (!environments.stream().filter(e -> e.name().equals(stack)).findFirst().orElseThrow().connectivity().equals(
                io.glueplatform.config.ConnectivityConfig.defaults())) {
            // Seeds 002 and 003: the cross-region store and the peered VPC plan offline too.
            assertThat(expected).as("%s connectivity", stack).contains("aws_redshift_cluster.xr_redshift",
                    "aws_vpc_peering_connection.peer_link", "aws_vpc_peering_connection_options.peer_link_options",
                    "aws_db_instance.peer_postgres", "aws_glue_connection.glue_redshift", "aws_glue_connection.glue_postgres",
                    "aws_glue_job.glue_warehouse_load", "aws_glue_job.glue_orders_enrichment");
        }

        Set<String> outputs = new HashSet<>();
        plan.path("planned_values").path("outputs").fieldNames().forEachRemaining(outputs::add);
        plan.path("output_changes").fieldNames().forEachRemaining(outputs::add);
        Set<String> declared = new HashSet<>();
        synthesized.path("output").fieldNames().forEachRemaining(declared::add);
        assertThat(outputs).as("outputs of %s", stack).containsAll(declared);

        JsonNode job = plan.path("planned_values").path("root_module").path("resources");
        assertThat(job.findValuesAsText("type")).as("the plan's planned values hold the Glue jobs")
                .contains("aws_glue_job", "aws_glue_connection");
    }
}
