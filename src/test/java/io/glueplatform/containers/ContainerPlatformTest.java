package io.glueplatform.containers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** ECR repositories and the ECS cluster, tasks and service of seed 004, secure by default. */
class ContainerPlatformTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String KEY = Template.ref("aws_kms_key.kms_this", "arn");

    private static Template dev;
    private static Template prod;
    private static Template off;

    @BeforeAll
    static void synth() {
        dev = SynthFixture.synth("dev");
        prod = SynthFixture.synth("prod");
        off = SynthFixture.variant("dev", ConfigFixtures.put("/services/containers", false));
    }

    private static JsonNode containers(Template t, String task) throws IOException {
        return MAPPER.readTree(t.resource("aws_ecs_task_definition.containers_task_" + task).path("container_definitions").asText());
    }

    /** A nested block: cdktf writes single-item blocks as an object, lists as an array. */
    private static JsonNode one(JsonNode block) {
        return block.isArray() ? block.get(0) : block;
    }

    @Test
    void threeRepositoriesScannedImmutableAndKmsEncrypted() {
        Map<String, JsonNode> repos = dev.resources("aws_ecr_repository");
        assertThat(repos.values()).extracting(r -> r.path("name").asText())
                .containsExactlyInAnyOrder("dev-spark-apps", "dev-data-jobs", "dev-glue-jobs");
        repos.forEach((name, repo) -> {
            assertThat(repo.path("image_tag_mutability").asText()).as(name).isEqualTo("IMMUTABLE");
            assertThat(one(repo.path("image_scanning_configuration")).path("scan_on_push").asBoolean()).as(name).isTrue();
            assertThat(one(repo.path("encryption_configuration")).path("encryption_type").asText()).as(name).isEqualTo("KMS");
            assertThat(one(repo.path("encryption_configuration")).path("kms_key").asText()).as(name).isEqualTo(KEY);
        });
        assertThat(repos.values()).allSatisfy(r -> assertThat(r.path("force_delete").asBoolean()).isTrue());
        assertThat(prod.resources("aws_ecr_repository").values()).allSatisfy(r -> assertThat(r.path("force_delete").asBoolean()).isFalse());
    }

    @Test
    void lifecycleKeepsTheConfiguredNumberAndExpiresUntagged() throws IOException {
        for (Template t : List.of(dev, prod)) {
            int keep = t == dev ? 5 : 30;
            assertThat(t.resources("aws_ecr_lifecycle_policy")).hasSize(3);
            for (JsonNode policy : t.resources("aws_ecr_lifecycle_policy").values()) {
                JsonNode rules = MAPPER.readTree(policy.path("policy").asText()).path("rules");
                assertThat(rules.get(0).path("selection").path("tagStatus").asText()).isEqualTo("untagged");
                assertThat(rules.get(0).path("selection").path("countType").asText()).isEqualTo("sinceImagePushed");
                assertThat(rules.get(1).path("selection").path("countType").asText()).isEqualTo("imageCountMoreThan");
                assertThat(rules.get(1).path("selection").path("countNumber").asInt()).isEqualTo(keep);
            }
        }
    }

    @Test
    void clusterUsesSpotByDefaultWithContainerInsights() {
        JsonNode cluster = dev.resource("aws_ecs_cluster.containers_cluster");
        assertThat(cluster.path("name").asText()).isEqualTo("dev-data-processing-cluster");
        assertThat(one(cluster.path("setting")).path("name").asText()).isEqualTo("containerInsights");
        assertThat(one(cluster.path("setting")).path("value").asText()).isEqualTo("enabled");
        JsonNode capacity = dev.resource("aws_ecs_cluster_capacity_providers.containers_cluster");
        assertThat(capacity.path("capacity_providers").toString()).isEqualTo("[\"FARGATE\",\"FARGATE_SPOT\"]");
                assertThat(one(capacity.path("default_capacity_provider_strategy")).path("capacity_provider").asText()).isEqualTo("FARGATE_SPOT");
    }

    @Test
    void taskDefinitionsHaveTheSeedSizesAndImagesFromTheirRepositories() throws IOException {
        Map<String, List<String>> expected = Map.of(
                "data_processing", List.of("1024", "2048", "containers_ecr_data_jobs"),
                "spark_job", List.of("2048", "4096", "containers_ecr_spark_apps"));
        for (Map.Entry<String, List<String>> task : expected.entrySet()) {
            JsonNode definition = dev.resource("aws_ecs_task_definition.containers_task_" + task.getKey());
            assertThat(definition.path("cpu").asText()).isEqualTo(task.getValue().get(0));
            assertThat(definition.path("memory").asText()).isEqualTo(task.getValue().get(1));
            assertThat(definition.path("network_mode").asText()).isEqualTo("awsvpc");
            assertThat(definition.path("requires_compatibilities").toString()).isEqualTo("[\"FARGATE\"]");
            assertThat(definition.path("execution_role_arn").asText()).isEqualTo(Template.ref("aws_iam_role.iam_ecs_task_execution", "arn"));
            assertThat(definition.path("task_role_arn").asText()).isEqualTo(Template.ref("aws_iam_role.iam_ecs_task", "arn"));
            JsonNode container = containers(dev, task.getKey()).get(0);
            assertThat(container.path("image").asText())
                    .isEqualTo(Template.ref("aws_ecr_repository." + task.getValue().get(2), "repository_url") + ":0.1.0");
            assertThat(container.path("readonlyRootFilesystem").asBoolean()).isTrue();
            assertThat(container.path("mountPoints").get(0).path("containerPath").asText()).isEqualTo("/tmp");
        }
    }

    @Test
    void secretsAreInjectedFromSecretsManagerNeverAsPlainEnvironment() throws IOException {
        for (String task : List.of("data_processing", "spark_job")) {
            JsonNode container = containers(dev, task).get(0);
            List<String> environment = new ArrayList<>();
            container.path("environment").forEach(e -> environment.add(e.path("name").asText()));
            assertThat(environment).containsExactly("AWS_REGION", "DATA_LAKE_BUCKET", "ENVIRONMENT");
            assertThat(environment).noneMatch(name -> name.matches(".*(PASSWORD|SECRET|KEY|TOKEN).*"));
            List<String> secrets = new ArrayList<>();
            container.path("secrets").forEach(s -> {
                secrets.add(s.path("name").asText());
                assertThat(s.path("valueFrom").asText()).matches("\\$\\{(aws_secretsmanager_secret\\.secrets_[a-z_]+\\.arn"
                        + "|aws_db_instance\\.rds_this\\.master_user_secret\\[0]\\.secret_arn)}:[a-z_]+::");
            });
            assertThat(secrets).containsExactly("MYSQL_USERNAME", "MYSQL_PASSWORD", "REDIS_PASSWORD", "JWT_SECRET", "API_KEY", "ENCRYPTION_KEY");
        }
    }

    @Test
    void logsGoToKmsEncryptedGroupsWithRetention() throws IOException {
        for (String task : List.of("data_processing", "spark_job")) {
            JsonNode group = dev.resource("aws_cloudwatch_log_group.containers_log_" + task);
            assertThat(group.path("retention_in_days").asInt()).isEqualTo(14);
            assertThat(group.path("kms_key_id").asText()).isEqualTo(KEY);
            JsonNode options = containers(dev, task).get(0).path("logConfiguration").path("options");
            assertThat(options.path("awslogs-group").asText()).isEqualTo(Template.ref("aws_cloudwatch_log_group.containers_log_" + task, "name"));
        }
    }

    @Test
    void serviceStartsAtZeroInPrivateSubnetsWithTheAppGroup() {
        JsonNode service = dev.resource("aws_ecs_service.containers_service");
        assertThat(service.path("desired_count").asInt(-1)).isZero();
        assertThat(one(service.path("capacity_provider_strategy")).path("capacity_provider").asText()).isEqualTo("FARGATE_SPOT");
        JsonNode network = one(service.path("network_configuration"));
        assertThat(network.path("assign_public_ip").asBoolean()).isFalse();
        assertThat(network.path("security_groups").toString()).isEqualTo("[\"" + Template.ref("aws_security_group.app_sg_this", "id") + "\"]");
        network.path("subnets").forEach(subnet -> assertThat(subnet.asText()).matches("\\$\\{aws_subnet\\.vpc_private_[a-z]\\.id}"));
        assertThat(service.path("lifecycle").path("ignore_changes").toString()).contains("desired_count");
        assertThat(service.path("depends_on").toString()).contains("aws_ecs_cluster_capacity_providers.containers_cluster");
    }

    @Test
    void rolesAreScopedToThePlatformsRepositoriesLogGroupsAndSecrets() {
        JsonNode pull = Template.policy(dev.resource("aws_iam_role_policy.iam_ecs_task_execution_ecr_pull"), "policy").path("Statement");
        assertThat(pull.get(1).path("Resource").toString()).contains("containers_ecr_spark_apps", "containers_ecr_data_jobs", "containers_ecr_glue_jobs");
        JsonNode logs = Template.policy(dev.resource("aws_iam_role_policy.iam_ecs_task_execution_task_logs"), "policy").path("Statement");
        assertThat(logs.get(0).path("Resource").toString()).contains("containers_log_data_processing", "containers_log_spark_job");
        JsonNode secrets = Template.policy(dev.resource("aws_iam_role_policy.iam_ecs_task_app_secrets"), "policy").path("Statement");
        assertThat(secrets.get(0).path("Resource")).hasSize(3);
        assertThat(dev.resources("aws_iam_role_policy_attachment").values())
                .noneMatch(a -> a.path("role").asText().contains("iam_ecs_task"));
        JsonNode lake = Template.policy(dev.resource("aws_iam_role_policy.iam_ecs_task_lake_write"), "policy").path("Statement");
        assertThat(lake.get(0).path("Resource").toString()).contains("/processed/*", "/curated/*").doesNotContain("/raw/*");
    }

    @Test
    void switchingContainersOffRemovesEcrEcsTheirRolesAndOutputs() {
        for (String type : List.of("aws_ecr_repository", "aws_ecr_lifecycle_policy", "aws_ecs_cluster", "aws_ecs_service", "aws_ecs_task_definition")) {
            assertThat(off.count(type)).as(type).isZero();
        }
        assertThat(off.resources("aws_iam_role")).doesNotContainKeys("iam_ecs_task", "iam_ecs_task_execution");
        assertThat(off.resources("aws_cloudwatch_log_group")).noneSatisfy((name, group) -> assertThat(name).startsWith("containers_"));
        assertThat(off.outputs().has("ecr_repository_urls")).isFalse();
        assertThat(dev.outputs().path("ecs_cluster_name").path("value").asText()).isEqualTo(Template.ref("aws_ecs_cluster.containers_cluster", "name"));
        assertThat(dev.outputs().path("ecr_repository_urls").path("value").path("spark_apps").asText())
                .isEqualTo(Template.ref("aws_ecr_repository.containers_ecr_spark_apps", "repository_url"));
    }
}
