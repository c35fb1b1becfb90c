package io.glueplatform.containers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroup;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroupConfig;
import com.hashicorp.cdktf.providers.aws.ecr_lifecycle_policy.EcrLifecyclePolicy;
import com.hashicorp.cdktf.providers.aws.ecr_lifecycle_policy.EcrLifecyclePolicyConfig;
import com.hashicorp.cdktf.providers.aws.ecr_repository.EcrRepository;
import com.hashicorp.cdktf.providers.aws.ecr_repository.EcrRepositoryConfig;
import com.hashicorp.cdktf.providers.aws.ecr_repository.EcrRepositoryEncryptionConfiguration;
import com.hashicorp.cdktf.providers.aws.ecr_repository.EcrRepositoryImageScanningConfiguration;
import com.hashicorp.cdktf.providers.aws.ecs_cluster.EcsCluster;
import com.hashicorp.cdktf.providers.aws.ecs_cluster.EcsClusterConfig;
import com.hashicorp.cdktf.providers.aws.ecs_cluster.EcsClusterSetting;
import com.hashicorp.cdktf.providers.aws.ecs_cluster_capacity_providers.EcsClusterCapacityProviders;
import com.hashicorp.cdktf.providers.aws.ecs_cluster_capacity_providers.EcsClusterCapacityProvidersConfig;
import com.hashicorp.cdktf.providers.aws.ecs_cluster_capacity_providers.EcsClusterCapacityProvidersDefaultCapacityProviderStrategy;
import com.hashicorp.cdktf.providers.aws.ecs_service.EcsService;
import com.hashicorp.cdktf.providers.aws.ecs_service.EcsServiceCapacityProviderStrategy;
import com.hashicorp.cdktf.providers.aws.ecs_service.EcsServiceConfig;
import com.hashicorp.cdktf.providers.aws.ecs_service.EcsServiceNetworkConfiguration;
import com.hashicorp.cdktf.providers.aws.ecs_task_definition.EcsTaskDefinition;
import com.hashicorp.cdktf.providers.aws.ecs_task_definition.EcsTaskDefinitionConfig;
import com.hashicorp.cdktf.providers.aws.ecs_task_definition.EcsTaskDefinitionRuntimePlatform;
import com.hashicorp.cdktf.providers.aws.ecs_task_definition.EcsTaskDefinitionVolume;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.Outputs;
import io.glueplatform.cdk.PlatformModule;
import io.glueplatform.iam.ComponentRole;
import io.glueplatform.storage.DataLake;
import io.glueplatform.iam.PolicyStatement;
import io.glueplatform.iam.Role;
import io.glueplatform.secrets.Secret;
import io.glueplatform.vpc.SubnetRef;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The containers module: three ECR repositories (scan on push, immutable tags, KMS, lifecycle) and an
 * ECS cluster on FARGATE / FARGATE_SPOT (Spot by default, Container Insights on) with the seed's two
 * task definitions and a service at desired count 0 in the private subnets. Secrets reach containers
 * only through {@code secrets[].valueFrom}; the task and execution roles are granted exactly the
 * repositories, log groups and secrets used here.
 */
public final class ContainerPlatform extends PlatformModule {

    /** Repositories by role; names are {@code <env>-<role with dashes>}. */
    public static final List<String> REPOSITORIES = List.of("spark_apps", "data_jobs", "glue_jobs");
    public static final List<TaskSpec> TASKS = List.of(TaskSpec.DATA_PROCESSING, TaskSpec.SPARK_JOB);
    /** Writable scratch space for containers whose root filesystem is read-only. */
    static final String SCRATCH_VOLUME = "scratch";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ContainerPlatformProps props;
    private final Map<String, EcrRepository> repositories = new LinkedHashMap<>();
    private final Map<String, EcsTaskDefinition> taskDefinitions = new LinkedHashMap<>();
    private final Map<String, CloudwatchLogGroup> logGroups = new LinkedHashMap<>();
    private final EcsCluster cluster;
    private final EcsService service;
    private final ComponentRole executionRole;
    private final ComponentRole taskRole;

    public ContainerPlatform(Construct scope, Naming naming, ContainerPlatformProps props) {
        super(scope, "containers", naming);
        this.props = props;
        String env = naming.environment();
        this.executionRole = new ComponentRole(this, naming, "ecs_task_execution", ComponentRole.TrustedService.ECS_TASKS,
                "ECS agent: pulls platform images, writes task logs, resolves injected secrets");
        this.taskRole = new ComponentRole(this, naming, "ecs_task", ComponentRole.TrustedService.ECS_TASKS, "Code in the platform's ECS tasks");
        // What the code in the tasks may touch, each grant from the owner of the resource.
        DataLake lake = props.dependencies().lake();
        lake.lake().grantRead(taskRole, "lake_read", DataLake.RAW, DataLake.PROCESSED, DataLake.CURATED);
        lake.lake().grantReadWrite(taskRole, "lake_write", DataLake.PROCESSED, DataLake.CURATED);
        props.dependencies().key().grantUseVia(taskRole, "lake_key", "s3", props.region());

        for (String role : REPOSITORIES) {
            EcrRepository repository = add("ecr_" + role, id -> new EcrRepository(this, id, EcrRepositoryConfig.builder()
                    .name(env + "-" + role.replace('_', '-'))
                    .imageTagMutability("IMMUTABLE")
                    .imageScanningConfiguration(EcrRepositoryImageScanningConfiguration.builder().scanOnPush(true).build())
                    .encryptionConfiguration(List.of(EcrRepositoryEncryptionConfiguration.builder()
                            .encryptionType("KMS").kmsKey(props.kmsKeyArn()).build()))
                    .forceDelete(props.settings().forceDelete())
                    .tags(tags("ecr_" + role))
                    .build()));
            add("ecr_" + role, id -> new EcrLifecyclePolicy(this, id + "_lifecycle", EcrLifecyclePolicyConfig.builder()
                    .repository(repository.getName())
                    .policy(lifecyclePolicy(props.settings().keepImages()))
                    .build()));
            repositories.put(role, repository);
        }

        this.cluster = add("cluster", id -> new EcsCluster(this, id, EcsClusterConfig.builder()
                .name(env + "-data-processing-cluster")
                .setting(List.of(EcsClusterSetting.builder().name("containerInsights").value("enabled").build()))
                .tags(tags("cluster"))
                .build()));
        EcsClusterCapacityProviders capacity = add("cluster", id -> new EcsClusterCapacityProviders(this, id + "_capacity",
                EcsClusterCapacityProvidersConfig.builder()
                        .clusterName(cluster.getName())
                        .capacityProviders(List.of("FARGATE", "FARGATE_SPOT"))
                        // Spot by default (up to 70% cheaper); a run that must not be interrupted asks for FARGATE.
                        .defaultCapacityProviderStrategy(List.of(EcsClusterCapacityProvidersDefaultCapacityProviderStrategy.builder()
                                .capacityProvider("FARGATE_SPOT").weight(1).base(0).build()))
                        .build()));

        grantPull(executionRole);
        for (TaskSpec task : TASKS) {
            logGroups.put(task.role(), add("log_" + task.role(), id -> new CloudwatchLogGroup(this, id, CloudwatchLogGroupConfig.builder()
                    .name("/ecs/" + env + "/" + task.role().replace('_', '-'))
                    .retentionInDays(props.settings().logRetentionDays())
                    .kmsKeyId(props.kmsKeyArn())
                    .tags(tags("log_" + task.role()))
                    .build())));
        }
        executionRole.grant("task_logs", List.of(PolicyStatement.allow("WriteTaskLogs",
                List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                logGroups.values().stream().map(group -> group.getArn() + ":*").toList())));
        grantSecrets(executionRole, "task_secrets");
        grantSecrets(taskRole, "app_secrets");
        for (TaskSpec task : TASKS) {
            taskDefinitions.put(task.role(), taskDefinition(task));
        }

        TaskSpec serviceTask = TaskSpec.DATA_PROCESSING;
        this.service = add("service", id -> new EcsService(this, id, EcsServiceConfig.builder()
                .name(env + "-" + serviceTask.role().replace('_', '-'))
                .cluster(cluster.getArn())
                .taskDefinition(taskDefinitions.get(serviceTask.role()).getArn())
                // Scaled by hand or by autoscaling; Terraform must not reset it on every apply.
                .desiredCount(0)
                .capacityProviderStrategy(List.of(EcsServiceCapacityProviderStrategy.builder()
                        .capacityProvider("FARGATE_SPOT").weight(1).base(0).build()))
                .networkConfiguration(EcsServiceNetworkConfiguration.builder()
                        .subnets(props.privateSubnets().stream().map(SubnetRef::id).toList())
                        .securityGroups(List.of(props.dependencies().appFirewall().id()))
                        .assignPublicIp(false)
                        .build())
                .enableEcsManagedTags(true)
                .propagateTags("SERVICE")
                .lifecycle(TerraformResourceLifecycle.builder().ignoreChanges(List.of("desired_count")).build())
                // A service naming a capacity provider fails until the cluster has it.
                .dependsOn(List.of(capacity))
                .tags(tags("service"))
                .build()));
        Outputs.add(this, "ecr_repository_urls", repositoryUrls(), "Push images here (tags are immutable)");
        Outputs.add(this, "ecs_cluster_name", clusterName(), "ECS cluster (FARGATE_SPOT by default)");
        Outputs.add(this, "ecs_service_name", serviceName(), "Data processing service (desired count 0; scale by hand)");
    }

    private EcsTaskDefinition taskDefinition(TaskSpec task) {
        String family = naming().environment() + "-" + task.role().replace('_', '-');
        return add("task_" + task.role(), id -> new EcsTaskDefinition(this, id, EcsTaskDefinitionConfig.builder()
                .family(family)
                .cpu(String.valueOf(task.cpu()))
                .memory(String.valueOf(task.memoryMb()))
                .networkMode("awsvpc")
                .requiresCompatibilities(List.of("FARGATE"))
                .runtimePlatform(EcsTaskDefinitionRuntimePlatform.builder()
                        .operatingSystemFamily("LINUX").cpuArchitecture("X86_64").build())
                .executionRoleArn(executionRole.arn())
                .taskRoleArn(taskRole.arn())
                .volume(List.of(EcsTaskDefinitionVolume.builder().name(SCRATCH_VOLUME).build()))
                .containerDefinitions(containerDefinitions(task))
                .tags(tags("task_" + task.role()))
                .build()));
    }

    private String containerDefinitions(TaskSpec task) {
        ArrayNode definitions = MAPPER.createArrayNode();
        ObjectNode container = definitions.addObject();
        container.put("name", task.role().replace('_', '-'));
        container.put("image", repositories.get(task.repository()).getRepositoryUrl() + ":" + props.settings().imageTag());
        container.put("essential", true);
        // The image is immutable and the code needs no writes outside /tmp: a compromised process cannot persist.
        container.put("readonlyRootFilesystem", true);
        ObjectNode mount = container.putArray("mountPoints").addObject();
        mount.put("sourceVolume", SCRATCH_VOLUME);
        mount.put("containerPath", "/tmp");
        mount.put("readOnly", false);
        ArrayNode environment = container.putArray("environment");
        for (Map.Entry<String, String> variable : Map.of("DATA_LAKE_BUCKET", props.lakeBucket(),
                "ENVIRONMENT", naming().environment(), "AWS_REGION", props.region()).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            ObjectNode entry = environment.addObject();
            entry.put("name", variable.getKey());
            entry.put("value", variable.getValue());
        }
        ArrayNode secrets = container.putArray("secrets");
        for (ContainerPlatformProps.InjectedSecret secret : props.injectedSecrets()) {
            ObjectNode entry = secrets.addObject();
            entry.put("name", secret.variable());
            entry.put("valueFrom", secret.secret().valueFrom(secret.key()));
        }
        ObjectNode logging = container.putObject("logConfiguration");
        logging.put("logDriver", "awslogs");
        ObjectNode options = logging.putObject("options");
        options.put("awslogs-group", logGroups.get(task.role()).getName());
        options.put("awslogs-region", props.region());
        options.put("awslogs-stream-prefix", task.role().replace('_', '-'));
        try {
            return MAPPER.writeValueAsString(definitions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render container definitions", e);
        }
    }

    /** Keep the newest {@code keep} images; untagged layers left by failed pushes go after a day. */
    static String lifecyclePolicy(int keep) {
        ObjectNode policy = MAPPER.createObjectNode();
        ArrayNode rules = policy.putArray("rules");
        ObjectNode untagged = rules.addObject();
        untagged.put("rulePriority", 1);
        untagged.put("description", "Expire untagged images after 1 day");
        ObjectNode untaggedSelection = untagged.putObject("selection");
        untaggedSelection.put("tagStatus", "untagged");
        untaggedSelection.put("countType", "sinceImagePushed");
        untaggedSelection.put("countUnit", "days");
        untaggedSelection.put("countNumber", 1);
        untagged.putObject("action").put("type", "expire");
        ObjectNode keepLast = rules.addObject();
        keepLast.put("rulePriority", 2);
        keepLast.put("description", "Keep the last " + keep + " images");
        ObjectNode keepSelection = keepLast.putObject("selection");
        keepSelection.put("tagStatus", "any");
        keepSelection.put("countType", "imageCountMoreThan");
        keepSelection.put("countNumber", keep);
        keepLast.putObject("action").put("type", "expire");
        try {
            return MAPPER.writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void grantPull(Role role) {
        role.grant("ecr_pull", List.of(
                // GetAuthorizationToken has no resource-level permissions (AWS documents Resource "*").
                PolicyStatement.allow("EcrLogin", List.of("ecr:GetAuthorizationToken"), List.of("*")),
                PolicyStatement.allow("PullPlatformImages",
                        List.of("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"),
                        repositories.values().stream().map(EcrRepository::getArn).toList()),
                PolicyStatement.allow("DecryptPlatformImages", List.of("kms:Decrypt"), List.of(props.kmsKeyArn()))
                        .withCondition("StringEquals", "kms:ViaService", "ecr." + props.region() + ".amazonaws.com")));
    }

    private void grantSecrets(Role role, String policyName) {
        LinkedHashSet<Secret> secrets = new LinkedHashSet<>();
        props.injectedSecrets().forEach(s -> secrets.add(s.secret()));
        if (secrets.isEmpty()) {
            return;
        }
        role.grant(policyName, List.of(
                PolicyStatement.allow("ReadInjectedSecrets", List.of("secretsmanager:GetSecretValue"),
                        new ArrayList<>(secrets.stream().map(Secret::arn).toList())),
                PolicyStatement.allow("DecryptInjectedSecrets", List.of("kms:Decrypt"), List.of(props.kmsKeyArn()))
                        .withCondition("StringEquals", "kms:ViaService", "secretsmanager." + props.region() + ".amazonaws.com")));
    }

    /** Repository URLs by role. */
    public Map<String, String> repositoryUrls() {
        Map<String, String> urls = new LinkedHashMap<>();
        repositories.forEach((role, repository) -> urls.put(role, repository.getRepositoryUrl()));
        return urls;
    }

    public String clusterName() {
        return cluster.getName();
    }

    public String serviceName() {
        return service.getName();
    }

    public Map<String, String> taskDefinitionFamilies() {
        Map<String, String> families = new LinkedHashMap<>();
        taskDefinitions.forEach((role, task) -> families.put(role, task.getFamily()));
        return families;
    }
}
