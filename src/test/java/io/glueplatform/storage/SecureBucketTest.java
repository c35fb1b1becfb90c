package io.glueplatform.storage;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.glueplatform.testing.Json.isTrue;
import static io.glueplatform.testing.Json.statements;
import static io.glueplatform.testing.Json.texts;
import static io.glueplatform.testing.Template.ref;
import static org.assertj.core.api.Assertions.assertThat;

/** Every S3 bucket of the platform is private, versioned, encrypted, TLS-only, cleaned up and logged. */
class SecureBucketTest {

    private static final String KMS_KEY_ARN = ref("aws_kms_key.kms_this", "arn");
    private static final List<String> PURPOSES = List.of("access-logs", "lake", "scripts", "outputs");
    private static final List<String> LOGGED_PURPOSES = List.of("lake", "scripts", "outputs");

    private static final Map<String, Template> TEMPLATES = new LinkedHashMap<>();
    private static final Map<String, EnvironmentConfig> ENVIRONMENTS = new LinkedHashMap<>();

    @BeforeAll
    static void synth() {
        for (String name : List.of("dev", "prod")) {
            TEMPLATES.put(name, SynthFixture.synth(name));
            ENVIRONMENTS.put(name, SynthFixture.environment(name));
        }
    }

    // ---------------------------------------------------------------- names

    @Test
    void devBucketsAreNamedPrefixEnvironmentPurposeAccountRegion() {
        assertThat(bucketNames("dev")).as("dev bucket names").containsExactlyInAnyOrder(
                "glueplat-dev-access-logs-123456789012-us-east-2",
                "glueplat-dev-lake-123456789012-us-east-2",
                "glueplat-dev-scripts-123456789012-us-east-2",
                "glueplat-dev-outputs-123456789012-us-east-2");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyBucketNameFollowsTheConventionAndIsAValidS3Name(String environment) {
        EnvironmentConfig env = env(environment);
        assertThat(bucketNames(environment)).as("%s: bucket names", environment)
                .containsExactlyInAnyOrderElementsOf(PURPOSES.stream().map(env::bucketName).toList())
                .allSatisfy(name -> assertThat(name)
                        .startsWith(env.namePrefix() + "-" + environment + "-")
                        .endsWith("-" + env.accountId() + "-" + env.region())
                        .hasSizeLessThanOrEqualTo(63)
                        .matches("[a-z0-9][a-z0-9-]*[a-z0-9]"));
    }

    // ---------------------------------------------------------------- per bucket guarantees

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyBucketBlocksAllFourKindsOfPublicAccess(String environment) {
        forEveryBucket(environment, (address, bucket) -> {
            JsonNode block = companion(environment, "aws_s3_bucket_public_access_block", address);
            for (String flag : List.of("block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets")) {
                assertThat(isTrue(block.path(flag))).as("%s: %s public access block %s", environment, address, flag).isTrue();
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyBucketEnforcesBucketOwnerOwnershipSoAclsAreOff(String environment) {
        forEveryBucket(environment, (address, bucket) -> assertThat(
                companion(environment, "aws_s3_bucket_ownership_controls", address).path("rule").path("object_ownership").asText())
                .as("%s: %s object ownership", environment, address).isEqualTo("BucketOwnerEnforced"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyBucketIsVersioned(String environment) {
        forEveryBucket(environment, (address, bucket) -> assertThat(
                companion(environment, "aws_s3_bucket_versioning", address).path("versioning_configuration").path("status").asText())
                .as("%s: %s versioning status", environment, address).isEqualTo("Enabled"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void dataBucketsUseSseKmsWithThePlatformKeyAndABucketKey(String environment) {
        forEveryBucket(environment, (address, bucket) -> {
            if (isAccessLogs(environment, bucket)) {
                return;
            }
            JsonNode rule = onlySseRule(environment, address);
            JsonNode byDefault = rule.path("apply_server_side_encryption_by_default");
            assertThat(byDefault.path("sse_algorithm").asText()).as("%s: %s SSE algorithm", environment, address).isEqualTo("aws:kms");
            assertThat(byDefault.path("kms_master_key_id").asText()).as("%s: %s SSE key", environment, address).isEqualTo(KMS_KEY_ARN);
            assertThat(isTrue(rule.path("bucket_key_enabled"))).as("%s: %s bucket key", environment, address).isTrue();
        });
    }

    /** S3 server access logging cannot deliver to an SSE-KMS bucket, so the log bucket alone uses SSE-S3. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void accessLogBucketUsesSseS3BecauseLogDeliveryCannotUseKms(String environment) {
        String address = accessLogsAddress(environment);
        JsonNode byDefault = onlySseRule(environment, address).path("apply_server_side_encryption_by_default");
        assertThat(byDefault.path("sse_algorithm").asText()).as("%s: access-log bucket SSE algorithm", environment).isEqualTo("AES256");
        assertThat(byDefault.has("kms_master_key_id")).as("%s: access-log bucket names no KMS key", environment).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyBucketPolicyDeniesRequestsWithoutTls(String environment) {
        forEveryBucket(environment, (address, bucket) -> {
            JsonNode policy = Template.policy(companion(environment, "aws_s3_bucket_policy", address), "policy");
            List<JsonNode> denies = statements(policy).stream().filter(s -> "Deny".equals(s.path("Effect").asText())).toList();
            assertThat(denies).as("%s: %s deny statements", environment, address).hasSize(1);
            JsonNode deny = denies.get(0);
            assertThat(texts(deny.path("Action"))).as("%s: %s denied actions", environment, address).containsExactly("s3:*");
            assertThat(texts(deny.path("Resource"))).as("%s: %s deny covers the bucket and its objects", environment, address)
                    .containsExactlyInAnyOrder(ref(address, "arn"), ref(address, "arn") + "/*");
            assertThat(deny.path("Condition").path("Bool").path("aws:SecureTransport").asText())
                    .as("%s: %s deny applies when aws:SecureTransport is false", environment, address).isEqualTo("false");
            assertThat(isEveryone(deny.path("Principal"))).as("%s: %s deny applies to every principal, got %s",
                    environment, address, deny.path("Principal")).isTrue();
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyBucketAbortsIncompleteUploadsAndExpiresNoncurrentVersions(String environment) {
        int noncurrentDays = env(environment).storage().noncurrentVersionExpirationDays();
        forEveryBucket(environment, (address, bucket) -> {
            List<JsonNode> rules = new ArrayList<>();
            companion(environment, "aws_s3_bucket_lifecycle_configuration", address).path("rule").forEach(rules::add);
            assertThat(rules).as("%s: %s lifecycle rules", environment, address)
                    .allSatisfy(rule -> assertThat(rule.path("status").asText()).as("rule %s status", rule.path("id")).isEqualTo("Enabled"));

            List<JsonNode> aborts = rules.stream().filter(r -> r.has("abort_incomplete_multipart_upload")).toList();
            assertThat(aborts).as("%s: %s abort-incomplete-multipart rules", environment, address).hasSize(1);
            assertThat(aborts.get(0).path("filter").path("prefix").asText("<missing>"))
                    .as("%s: %s multipart cleanup covers the whole bucket", environment, address).isEmpty();
            assertThat(aborts.get(0).path("abort_incomplete_multipart_upload").path("days_after_initiation").asInt(-1))
                    .as("%s: %s days before aborting an upload", environment, address).isPositive();

            List<JsonNode> wholeBucketNoncurrent = rules.stream()
                    .filter(r -> r.has("noncurrent_version_expiration") && r.path("filter").path("prefix").asText("<missing>").isEmpty())
                    .toList();
            assertThat(wholeBucketNoncurrent).as("%s: %s whole-bucket noncurrent-version expirations", environment, address).hasSize(1);
            assertThat(wholeBucketNoncurrent.get(0).path("noncurrent_version_expiration").path("noncurrent_days").asInt(-1))
                    .as("%s: %s noncurrent version expiration days", environment, address).isEqualTo(noncurrentDays);
        });
    }

    @Test
    void devKeepsNoncurrentVersionsNinetyDaysByDefaultAndProdAsConfigured() {
        assertThat(env("dev").storage().noncurrentVersionExpirationDays()).as("dev default noncurrent days").isEqualTo(90);
        assertThat(noncurrentDays("dev", "aws_s3_bucket.s3_lake_this")).as("dev lake noncurrent days").isEqualTo(90);
        assertThat(noncurrentDays("prod", "aws_s3_bucket.s3_lake_this")).as("prod lake noncurrent days").isEqualTo(365);
    }

    @Test
    void devBucketsCanBeDestroyedWhenNotEmptyAndProdBucketsCannot() {
        forEveryBucket("dev", (address, bucket) -> assertThat(bucket.path("force_destroy").isBoolean() && bucket.path("force_destroy").asBoolean())
                .as("dev: %s force_destroy", address).isTrue());
        forEveryBucket("prod", (address, bucket) -> assertThat(bucket.path("force_destroy").isBoolean() && !bucket.path("force_destroy").asBoolean())
                .as("prod: %s force_destroy is explicitly false", address).isTrue());
    }

    // ---------------------------------------------------------------- access logging

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void lakeScriptsAndOutputsBucketsLogToTheAccessLogBucket(String environment) {
        String accessLogs = accessLogsAddress(environment);
        for (String purpose : LOGGED_PURPOSES) {
            String address = bucketAddress(environment, env(environment).bucketName(purpose));
            JsonNode logging = companion(environment, "aws_s3_bucket_logging", address);
            assertThat(logging.path("target_bucket").asText()).as("%s: %s logs to the access-log bucket", environment, purpose)
                    .isEqualTo(ref(accessLogs, "id"));
            assertThat(logging.path("target_prefix").asText()).as("%s: %s log prefix", environment, purpose).isEqualTo(purpose + "/");
        }
        assertThat(TEMPLATES.get(environment).resourcesWhere("aws_s3_bucket_logging",
                l -> l.path("bucket").asText().equals(ref(accessLogs, "id"))))
                .as("%s: the access-log bucket does not log into itself", environment).isEmpty();
        assertThat(TEMPLATES.get(environment).count("aws_s3_bucket_logging")).as("%s: logging configurations", environment)
                .isEqualTo(LOGGED_PURPOSES.size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void accessLogBucketAcceptsLogDeliveryOnlyFromThisAccount(String environment) {
        String address = accessLogsAddress(environment);
        JsonNode policy = Template.policy(companion(environment, "aws_s3_bucket_policy", address), "policy");
        List<JsonNode> allows = statements(policy).stream().filter(s -> "Allow".equals(s.path("Effect").asText())).toList();

        assertThat(allows).as("%s: Allow statements of the access-log bucket policy", environment).hasSize(1);
        JsonNode delivery = allows.get(0);
        assertThat(delivery.path("Principal").path("Service").asText()).as("%s: log delivery principal", environment)
                .isEqualTo("logging.s3.amazonaws.com");
        assertThat(delivery.path("Principal").has("AWS")).as("%s: no AWS principal on log delivery", environment).isFalse();
        assertThat(texts(delivery.path("Action"))).as("%s: log delivery actions", environment).containsExactly("s3:PutObject");
        assertThat(texts(delivery.path("Resource"))).as("%s: log delivery writes objects only", environment)
                .containsExactly(ref(address, "arn") + "/*");
        assertThat(delivery.path("Condition").path("StringEquals").path("aws:SourceAccount").asText())
                .as("%s: log delivery limited to buckets of the configured account", environment)
                .isEqualTo(env(environment).accountId());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void dataBucketPoliciesGrantNothing(String environment) {
        forEveryBucket(environment, (address, bucket) -> {
            if (isAccessLogs(environment, bucket)) {
                return;
            }
            JsonNode policy = Template.policy(companion(environment, "aws_s3_bucket_policy", address), "policy");
            assertThat(statements(policy)).as("%s: %s bucket policy statements (access is granted through IAM only)", environment, address)
                    .noneMatch(s -> "Allow".equals(s.path("Effect").asText()));
        });
    }

    // ---------------------------------------------------------------- helpers

    private static EnvironmentConfig env(String environment) {
        return ENVIRONMENTS.get(environment);
    }

    private static List<String> bucketNames(String environment) {
        return TEMPLATES.get(environment).resources("aws_s3_bucket").values().stream().map(b -> b.path("bucket").asText()).toList();
    }

    private static void forEveryBucket(String environment, java.util.function.BiConsumer<String, JsonNode> check) {
        Map<String, JsonNode> buckets = TEMPLATES.get(environment).resources("aws_s3_bucket");
        assertThat(buckets).as("%s: buckets", environment).hasSize(PURPOSES.size());
        buckets.forEach((name, bucket) -> check.accept("aws_s3_bucket." + name, bucket));
    }

    private static boolean isAccessLogs(String environment, JsonNode bucket) {
        return bucket.path("bucket").asText().equals(env(environment).bucketName("access-logs"));
    }

    private static String accessLogsAddress(String environment) {
        return bucketAddress(environment, env(environment).bucketName("access-logs"));
    }

    private static String bucketAddress(String environment, String bucketName) {
        List<String> matches = TEMPLATES.get(environment).resources("aws_s3_bucket").entrySet().stream()
                .filter(e -> e.getValue().path("bucket").asText().equals(bucketName)).map(e -> "aws_s3_bucket." + e.getKey()).toList();
        assertThat(matches).as("%s: buckets named %s", environment, bucketName).hasSize(1);
        return matches.get(0);
    }

    /** The single resource of {@code type} configuring the bucket at {@code bucketAddress} (matched by reference, not by name). */
    private static JsonNode companion(String environment, String type, String bucketAddress) {
        List<JsonNode> matches = TEMPLATES.get(environment).resourcesWhere(type,
                r -> r.path("bucket").asText().equals(ref(bucketAddress, "id")));
        assertThat(matches).as("%s: %s for %s", environment, type, bucketAddress).hasSize(1);
        return matches.get(0);
    }

    private static JsonNode onlySseRule(String environment, String address) {
        JsonNode rules = companion(environment, "aws_s3_bucket_server_side_encryption_configuration", address).path("rule");
        assertThat(rules.size()).as("%s: %s SSE rules", environment, address).isEqualTo(1);
        return rules.get(0);
    }

    private static int noncurrentDays(String environment, String address) {
        for (JsonNode rule : companion(environment, "aws_s3_bucket_lifecycle_configuration", address).path("rule")) {
            if (rule.has("noncurrent_version_expiration") && rule.path("filter").path("prefix").asText("<missing>").isEmpty()) {
                return rule.path("noncurrent_version_expiration").path("noncurrent_days").asInt(-1);
            }
        }
        return -1;
    }

    private static boolean isEveryone(JsonNode principal) {
        return principal.isTextual() ? "*".equals(principal.asText()) : texts(principal.path("AWS")).equals(List.of("*"));
    }
}
