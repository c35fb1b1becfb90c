package io.glueplatform.iam;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.glueplatform.testing.Json.statements;
import static io.glueplatform.testing.Json.texts;
import static io.glueplatform.testing.Template.ref;
import static org.assertj.core.api.Assertions.assertThat;

/** The platform's service roles in dev: who may assume them and what their inline policies allow. */
class ServiceRolesTest {

    private static final String GLUE_ROLE = "aws_iam_role.iam_glue_job";
    private static final String TOOLS_ROLE = "aws_iam_role.iam_tools_host";
    private static final String SCRIPTS_BUCKET = "aws_s3_bucket.s3_scripts_this";
    private static final String LAKE_BUCKET = "aws_s3_bucket.s3_lake_this";
    private static final String OUTPUTS_BUCKET = "aws_s3_bucket.s3_outputs_this";
    private static final String DB_SECRET = "${aws_db_instance.rds_this.master_user_secret[0].secret_arn}";
    private static final Set<String> BUCKET_LEVEL_ACTIONS = Set.of("s3:ListBucket", "s3:GetBucketLocation");
    private static final Set<String> WRITE_ACTIONS = Set.of("s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload");

    private static Template dev;
    private static EnvironmentConfig env;

    @BeforeAll
    static void synth() {
        dev = SynthFixture.synth("dev");
        env = SynthFixture.environment("dev");
    }

    // ---------------------------------------------------------------- trust and managed policies

    @Test
    void glueJobRoleIsAssumableOnlyByGlue() {
        assertTrustedOnlyBy(GLUE_ROLE, "glue.amazonaws.com");
    }

    @Test
    void glueJobRoleGetsAwsGlueServiceRoleThroughAPolicyAttachment() {
        assertThat(attachedPolicies(GLUE_ROLE)).as("managed policies attached to the Glue job role")
                .containsExactly("arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole");
    }

    @Test
    void noRoleUsesTheDeprecatedManagedPolicyArnsArgument() {
        Map<String, JsonNode> roles = dev.resources("aws_iam_role");
        assertThat(roles).as("roles").isNotEmpty();
        roles.forEach((name, role) -> assertThat(role.has("managed_policy_arns"))
                .as("aws_iam_role.%s sets managed_policy_arns", name).isFalse());
    }

    @Test
    void toolsHostRoleIsAssumableOnlyByEc2AndGetsSessionManagerCore() {
        assertTrustedOnlyBy(TOOLS_ROLE, "ec2.amazonaws.com");
        assertThat(attachedPolicies(TOOLS_ROLE)).as("managed policies attached to the tools host role")
                .containsExactly("arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore");
    }

    @Test
    void toolsHostRoleReachesTheInstanceThroughAnInstanceProfile() {
        JsonNode profile = dev.resource("aws_iam_instance_profile.iam_tools_host");
        assertThat(profile.path("role").asText()).as("instance profile role").isEqualTo(ref(TOOLS_ROLE, "name"));
        assertThat(dev.resource("aws_instance.ec2_tools_host").path("iam_instance_profile").asText())
                .as("tools host instance uses the profile").isEqualTo(ref("aws_iam_instance_profile.iam_tools_host", "name"));
    }

    // ---------------------------------------------------------------- least privilege, everywhere

    /**
     * Statements whose actions have no resource-level permissions, so AWS documents Resource "*": ECR login
     * (ecr:GetAuthorizationToken) and the CloudWatch exporter's metric reads. Each is tested to hold only those actions.
     */
    private static final Set<String> RESOURCE_STAR_ALLOWED = Set.of("EcrLogin", "ReadCloudWatchMetrics");

    @Test
    void resourceStarIsOnlyUsedForActionsWithoutResourceLevelPermissions() {
        Map<String, List<String>> allowedActions = Map.of(
                "EcrLogin", List.of("ecr:GetAuthorizationToken"),
                "ReadCloudWatchMetrics", List.of("cloudwatch:GetMetricData", "cloudwatch:GetMetricStatistics", "cloudwatch:ListMetrics",
                        "tag:GetResources"));
        Template monitoring = io.glueplatform.testing.SynthFixture.variant("dev",
                io.glueplatform.config.ConfigFixtures.put("/services/monitoringHost", true));
        List<JsonNode> starred = new java.util.ArrayList<>();
        for (JsonNode policy : monitoring.resources("aws_iam_role_policy").values()) {
            statements(Template.policy(policy, "policy")).stream().filter(s -> texts(s.path("Resource")).contains("*")).forEach(starred::add);
        }
        assertThat(starred).extracting(s -> s.path("Sid").asText()).containsOnly("EcrLogin", "ReadCloudWatchMetrics");
        for (JsonNode statement : starred) {
            assertThat(texts(statement.path("Action"))).as("actions of %s", statement.path("Sid"))
                    .containsExactlyInAnyOrderElementsOf(allowedActions.get(statement.path("Sid").asText()));
        }
    }

    @Test
    void noInlinePolicyAllowsEveryResource() {
        Map<String, List<JsonNode>> allows = allowStatementsByPolicy();
        assertThat(allows).as("inline policies").hasSizeGreaterThanOrEqualTo(8);
        allows.forEach((policy, statements) -> statements.forEach(statement -> {
            if (RESOURCE_STAR_ALLOWED.contains(statement.path("Sid").asText())) {
                return;
            }
            assertThat(texts(statement.path("Resource"))).as("%s statement %s resources", policy, statement.path("Sid"))
                    .isNotEmpty()
                    .doesNotContain("*");
            assertThat(statement.has("NotResource")).as("%s statement %s uses NotResource", policy, statement.path("Sid")).isFalse();
        }));
    }

    @Test
    void noInlinePolicyAllowsEveryActionOrEveryS3Action() {
        allowStatementsByPolicy().forEach((policy, statements) -> statements.forEach(statement -> {
            assertThat(texts(statement.path("Action"))).as("%s statement %s actions", policy, statement.path("Sid"))
                    .isNotEmpty()
                    .doesNotContain("*", "s3:*");
            assertThat(statement.has("NotAction")).as("%s statement %s uses NotAction", policy, statement.path("Sid")).isFalse();
        }));
    }

    // ---------------------------------------------------------------- Glue's S3 access

    @Test
    void glueObjectAccessIsScopedToItsPrefixes() {
        Set<String> objectResources = glueS3Statements().stream()
                .filter(s -> texts(s.path("Action")).stream().noneMatch(BUCKET_LEVEL_ACTIONS::contains))
                .flatMap(s -> texts(s.path("Resource")).stream())
                .collect(Collectors.toSet());
        assertThat(objectResources).as("objects the Glue job role may touch")
                .containsExactlyInAnyOrder(
                        arn(SCRIPTS_BUCKET) + "/scripts/*", arn(SCRIPTS_BUCKET) + "/temp/*", arn(SCRIPTS_BUCKET) + "/spark-logs/*",
                        arn(LAKE_BUCKET) + "/raw/*", arn(LAKE_BUCKET) + "/processed/*", arn(LAKE_BUCKET) + "/curated/*",
                        arn(OUTPUTS_BUCKET) + "/outputs/*");
    }

    @Test
    void glueWritesOnlyScratchAndDerivedZonesNeverScriptsOrRawData() {
        Set<String> writable = glueS3Statements().stream()
                .filter(s -> texts(s.path("Action")).stream().anyMatch(WRITE_ACTIONS::contains))
                .flatMap(s -> texts(s.path("Resource")).stream())
                .collect(Collectors.toSet());
        assertThat(writable).as("objects the Glue job role may write or delete")
                .containsExactlyInAnyOrder(arn(SCRIPTS_BUCKET) + "/temp/*", arn(SCRIPTS_BUCKET) + "/spark-logs/*",
                        arn(LAKE_BUCKET) + "/processed/*", arn(LAKE_BUCKET) + "/curated/*", arn(OUTPUTS_BUCKET) + "/outputs/*")
                .doesNotContain(arn(SCRIPTS_BUCKET) + "/scripts/*", arn(LAKE_BUCKET) + "/raw/*");
    }

    @Test
    void glueListsBucketsOnlyUnderAnS3PrefixCondition() {
        List<JsonNode> lists = glueS3Statements().stream()
                .filter(s -> texts(s.path("Action")).contains("s3:ListBucket")).toList();
        assertThat(lists).as("Glue s3:ListBucket statements").isNotEmpty();
        Set<String> allowedPrefixes = Set.of("scripts/*", "temp/*", "spark-logs/*", "raw/*", "processed/*", "curated/*", "outputs/*");
        for (JsonNode statement : lists) {
            assertThat(texts(statement.path("Action"))).as("statement %s: ListBucket is not mixed with other actions", statement.path("Sid"))
                    .containsExactly("s3:ListBucket");
            assertThat(texts(statement.path("Resource"))).as("statement %s: ListBucket resource is a platform bucket", statement.path("Sid"))
                    .hasSize(1)
                    .allSatisfy(r -> assertThat(r).isIn(arn(SCRIPTS_BUCKET), arn(LAKE_BUCKET), arn(OUTPUTS_BUCKET)));
            assertThat(texts(statement.path("Condition").path("StringLike").path("s3:prefix")))
                    .as("statement %s: s3:prefix condition", statement.path("Sid"))
                    .isNotEmpty()
                    .allSatisfy(prefix -> assertThat(prefix).isIn(allowedPrefixes));
        }
    }

    // ---------------------------------------------------------------- database secret

    @Test
    void glueMayReadTheRdsManagedSecret() {
        List<JsonNode> reads = statementsOf(GLUE_ROLE).stream()
                .filter(s -> texts(s.path("Action")).contains("secretsmanager:GetSecretValue")).toList();
        assertThat(reads).as("Glue statements allowing GetSecretValue").hasSize(1);
        assertThat(texts(reads.get(0).path("Resource"))).as("secrets the Glue role may read").containsExactly(DB_SECRET);
    }

    @Test
    void decryptingTheSecretWorksOnlyThroughSecretsManager() {
        List<JsonNode> secretPolicies = dev.resourcesWhere("aws_iam_role_policy",
                p -> p.path("policy").asText().contains("secretsmanager:GetSecretValue"));
        assertThat(secretPolicies).extracting(p -> p.path("role").asText())
                .as("roles granted secret reads (Glue, the tools host, the ECS task and execution roles)")
                .containsExactlyInAnyOrder(ref("aws_iam_role.iam_glue_job", "id"), ref("aws_iam_role.iam_tools_host", "id"),
                        ref("aws_iam_role.iam_ecs_task", "id"), ref("aws_iam_role.iam_ecs_task_execution", "id"));
        for (JsonNode policy : secretPolicies) {
            List<JsonNode> decrypts = statements(Template.policy(policy, "policy")).stream()
                    .filter(s -> texts(s.path("Action")).contains("kms:Decrypt")).toList();
            assertThat(decrypts).as("policy %s kms:Decrypt statements", policy.path("name")).hasSize(1);
            assertThat(texts(decrypts.get(0).path("Resource"))).as("policy %s decrypt key", policy.path("name"))
                    .containsExactly(ref("aws_kms_key.kms_this", "arn"));
            assertThat(decrypts.get(0).path("Condition").path("StringEquals").path("kms:ViaService").asText())
                    .as("policy %s decrypt only via Secrets Manager", policy.path("name"))
                    .isEqualTo("secretsmanager." + env.region() + ".amazonaws.com");
        }
    }

    // ---------------------------------------------------------------- helpers

    private void assertTrustedOnlyBy(String roleAddress, String service) {
        JsonNode trust = Template.policy(dev.resource(roleAddress), "assume_role_policy");
        List<JsonNode> statements = statements(trust);
        assertThat(statements).as("%s trust statements", roleAddress).hasSize(1);
        JsonNode statement = statements.get(0);
        assertThat(statement.path("Effect").asText()).as("%s trust effect", roleAddress).isEqualTo("Allow");
        assertThat(texts(statement.path("Action"))).as("%s trust action", roleAddress).containsExactly("sts:AssumeRole");
        assertThat(statement.path("Principal").size()).as("%s principal types", roleAddress).isEqualTo(1);
        assertThat(texts(statement.path("Principal").path("Service"))).as("%s trusted service", roleAddress).containsExactly(service);
    }

    private List<String> attachedPolicies(String roleAddress) {
        return dev.resourcesWhere("aws_iam_role_policy_attachment", a -> a.path("role").asText().equals(ref(roleAddress, "name")))
                .stream().map(a -> a.path("policy_arn").asText()).toList();
    }

    /** Allow statements of every aws_iam_role_policy in the template, keyed by address. */
    private static Map<String, List<JsonNode>> allowStatementsByPolicy() {
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        dev.resources("aws_iam_role_policy").forEach((name, policy) -> out.put("aws_iam_role_policy." + name,
                statements(Template.policy(policy, "policy")).stream().filter(s -> "Allow".equals(s.path("Effect").asText())).toList()));
        return out;
    }

    /** Statements of every inline policy attached to a role. */
    private static List<JsonNode> statementsOf(String roleAddress) {
        List<JsonNode> policies = dev.resourcesWhere("aws_iam_role_policy", p -> p.path("role").asText().equals(ref(roleAddress, "id")));
        assertThat(policies).as("inline policies of %s", roleAddress).isNotEmpty();
        return policies.stream().flatMap(p -> statements(Template.policy(p, "policy")).stream()).toList();
    }

    private static List<JsonNode> glueS3Statements() {
        List<JsonNode> s3 = statementsOf(GLUE_ROLE).stream()
                .filter(s -> texts(s.path("Action")).stream().anyMatch(a -> a.startsWith("s3:"))).toList();
        assertThat(s3).as("Glue S3 statements").isNotEmpty();
        s3.forEach(s -> assertThat(texts(s.path("Action"))).as("statement %s mixes S3 with other services", s.path("Sid"))
                .allSatisfy(a -> assertThat(a).startsWith("s3:")));
        return s3;
    }

    private static String arn(String bucketAddress) {
        return ref(bucketAddress, "arn");
    }
}
