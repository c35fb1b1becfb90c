package io.glueplatform.glue;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.testing.Repo;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The glue module: VPC access only through connections, encrypted everything, scripts uploaded by content hash. */
class GluePipelineTest {

    private static final String GLUE_SG = Template.ref("aws_security_group.glue_sg_this", "id");
    private static final String KEY_ARN = Template.ref("aws_kms_key.kms_this", "arn");
    private static final String JDBC = "aws_glue_connection.glue_mysql";
    private static final String CLEANSING = "aws_glue_job.glue_customer_data_cleansing";
    private static final String FEATURES = "aws_glue_job.glue_feature_engineering";
    private static final List<String> ZONE_SUFFIXES_DEV = List.of("a", "b");
    private static final List<String> ZONE_SUFFIXES_PROD = List.of("a", "b", "c");

    private static Template dev;
    private static Template prod;
    private static Template outsideVpc;

    @BeforeAll
    static void synth() {
        dev = SynthFixture.synth("dev");
        prod = SynthFixture.synth("prod");
        outsideVpc = SynthFixture.variant("dev", ConfigFixtures.put("/glue/runInVpc", false));
    }

    /** The Foundation pipeline's jobs; the seed-004 workflow's jobs are covered by DataWorkflowTest. */
    private static Map<String, JsonNode> pipelineJobs(Template t) {
        Map<String, JsonNode> jobs = new java.util.LinkedHashMap<>(t.resources("aws_glue_job"));
        jobs.keySet().retainAll(List.of(CLEANSING.substring("aws_glue_job.".length()), FEATURES.substring("aws_glue_job.".length())));
        return jobs;
    }

    private static List<Template> both() {
        return List.of(dev, prod);
    }

    private static List<String> zones(Template t) {
        return "dev".equals(t.environment()) ? ZONE_SUFFIXES_DEV : ZONE_SUFFIXES_PROD;
    }

    // --- security group ---

    @Test
    void securityGroupAdmitsItselfOnEveryTcpPortInBothDirections() {
        for (Template t : both()) {
            List<JsonNode> selfIngress = t.resourcesWhere("aws_vpc_security_group_ingress_rule",
                    rule -> GLUE_SG.equals(rule.path("security_group_id").asText()) && GLUE_SG.equals(rule.path("referenced_security_group_id").asText()));
            List<JsonNode> selfEgress = t.resourcesWhere("aws_vpc_security_group_egress_rule",
                    rule -> GLUE_SG.equals(rule.path("security_group_id").asText()) && GLUE_SG.equals(rule.path("referenced_security_group_id").asText()));
            assertThat(selfIngress).as("%s self-referencing Glue ingress rules", t.environment()).hasSize(1);
            assertThat(selfEgress).as("%s self-referencing Glue egress rules", t.environment()).hasSize(1);
            for (JsonNode rule : List.of(selfIngress.get(0), selfEgress.get(0))) {
                assertThat(rule.path("ip_protocol").asText()).as("%s self rule protocol", t.environment()).isEqualTo("tcp");
                assertThat(rule.path("from_port").asInt(-1)).as("%s self rule from_port", t.environment()).isZero();
                assertThat(rule.path("to_port").asInt()).as("%s self rule to_port", t.environment()).isEqualTo(65535);
                assertThat(rule.has("cidr_ipv4")).as("%s self rule cidr_ipv4", t.environment()).isFalse();
            }
        }
    }

    // --- connections ---

    @Test
    void oneNetworkConnectionPerPrivateSubnetInItsZone() {
        for (Template t : both()) {
            List<JsonNode> network = t.resourcesWhere("aws_glue_connection", c -> "NETWORK".equals(c.path("connection_type").asText()));
            assertThat(network).as("%s NETWORK connections", t.environment()).hasSize(zones(t).size());
            for (String zone : zones(t)) {
                JsonNode connection = t.resource("aws_glue_connection.glue_network_" + zone);
                JsonNode subnet = t.resource("aws_subnet.vpc_private_" + zone);
                JsonNode requirements = connection.path("physical_connection_requirements");
                assertThat(connection.path("connection_type").asText()).as("%s network_%s type", t.environment(), zone).isEqualTo("NETWORK");
                assertThat(subnet.path("tags").path("Tier").asText()).as("%s private_%s tier", t.environment(), zone).isEqualTo("private");
                assertThat(requirements.path("availability_zone").asText()).as("%s network_%s AZ", t.environment(), zone)
                        .isEqualTo(subnet.path("availability_zone").asText())
                        .isEqualTo("us-east-2" + zone);
                assertThat(requirements.path("subnet_id").asText()).as("%s network_%s subnet", t.environment(), zone)
                        .isEqualTo(Template.ref("aws_subnet.vpc_private_" + zone, "id"));
                assertThat(texts(requirements.path("security_group_id_list"))).as("%s network_%s security groups", t.environment(), zone)
                        .containsExactly(GLUE_SG);
            }
        }
    }

    @Test
    void jdbcConnectionUsesTheManagedSecretOverTls() {
        for (Template t : both()) {
            JsonNode jdbc = t.resource(JDBC);
            JsonNode properties = jdbc.path("connection_properties");
            assertThat(jdbc.path("connection_type").asText()).as("%s JDBC connection type", t.environment()).isEqualTo("JDBC");
            assertThat(properties.path("JDBC_CONNECTION_URL").asText()).as("%s JDBC_CONNECTION_URL", t.environment())
                    .startsWith("jdbc:mysql://" + Template.ref("aws_db_instance.rds_this", "address") + ":")
                    .isEqualTo("jdbc:mysql://" + Template.ref("aws_db_instance.rds_this", "address") + ":"
                            + Template.ref("aws_db_instance.rds_this", "port") + "/customers");
            assertThat(properties.path("SECRET_ID").asText()).as("%s SECRET_ID", t.environment())
                    .isEqualTo(Template.ref("aws_db_instance.rds_this", "master_user_secret[0].secret_arn"));
            assertThat(properties.path("JDBC_ENFORCE_SSL").asText()).as("%s JDBC_ENFORCE_SSL", t.environment()).isEqualTo("true");
            List<String> keys = new ArrayList<>();
            properties.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).as("%s JDBC connection property names", t.environment()).doesNotContain("USERNAME", "PASSWORD")
                    .noneMatch(key -> key.toUpperCase().contains("PASSWORD"));
            assertThat(texts(jdbc.path("physical_connection_requirements").path("security_group_id_list")))
                    .as("%s JDBC connection security groups", t.environment()).containsExactly(GLUE_SG);
        }
    }

    // --- jobs ---

    @Test
    void jobsExistWithEnvironmentPrefixedNames() {
        for (Template t : both()) {
            assertThat(pipelineJobs(t).values()).extracting(job -> job.path("name").asText())
                    .as("%s Glue job names", t.environment())
                    .containsExactly(t.environment() + "-customer-data-cleansing", t.environment() + "-feature-engineering");
        }
    }

    @Test
    void jobsListNetworkConnectionsInZoneOrderAndOnlyTheCleansingJobTheJdbcOne() {
        for (Template t : both()) {
            List<String> network = zones(t).stream().map(z -> Template.ref("aws_glue_connection.glue_network_" + z, "name")).toList();
            List<String> withJdbc = new ArrayList<>(network);
            withJdbc.add(Template.ref(JDBC, "name"));
            assertThat(texts(t.resource(CLEANSING).path("connections"))).as("%s cleansing job connections", t.environment())
                    .containsExactlyElementsOf(withJdbc);
            assertThat(texts(t.resource(FEATURES).path("connections"))).as("%s feature job connections", t.environment())
                    .containsExactlyElementsOf(network)
                    .doesNotContain(Template.ref(JDBC, "name"));
        }
    }

    @Test
    void jobCapacityAndRetriesAreExplicit() {
        for (Template t : both()) {
            boolean isDev = "dev".equals(t.environment());
            for (JsonNode job : pipelineJobs(t).values()) {
                String name = job.path("name").asText();
                assertThat(job.path("glue_version").asText()).as("%s %s glue_version", t.environment(), name).isEqualTo("4.0");
                assertThat(job.path("worker_type").asText()).as("%s %s worker_type", t.environment(), name).isEqualTo(isDev ? "G.1X" : "G.2X");
                assertThat(job.path("number_of_workers").asInt()).as("%s %s number_of_workers", t.environment(), name).isEqualTo(isDev ? 2 : 10);
                assertThat(job.path("timeout").asInt()).as("%s %s timeout", t.environment(), name).isEqualTo(60);
                assertThat(job.path("max_retries").isNumber()).as("%s %s max_retries set", t.environment(), name).isTrue();
                assertThat(job.path("max_retries").asInt()).as("%s %s max_retries", t.environment(), name).isEqualTo(isDev ? 0 : 2);
                assertThat(job.path("execution_class").asText()).as("%s %s execution_class", t.environment(), name).isEqualTo("STANDARD");
            }
        }
    }

    @Test
    void jobsHaveObservabilityAndBookmarkArguments() {
        for (Template t : both()) {
            for (JsonNode job : pipelineJobs(t).values()) {
                String name = job.path("name").asText();
                String shortName = name.substring(t.environment().length() + 1);
                String scripts = "s3://glueplat-" + t.environment() + "-scripts-" + (t.environment().equals("dev") ? "123456789012" : "210987654321") + "-us-east-2/";
                JsonNode args = job.path("default_arguments");
                assertThat(args.path("--TempDir").asText()).as("%s %s --TempDir", t.environment(), name).isEqualTo(scripts + "temp/" + shortName + "/");
                assertThat(args.path("--enable-metrics").asText()).as("%s %s --enable-metrics", t.environment(), name).isEqualTo("true");
                assertThat(args.path("--enable-continuous-cloudwatch-log").asText()).as("%s %s --enable-continuous-cloudwatch-log", t.environment(), name).isEqualTo("true");
                assertThat(args.path("--enable-spark-ui").asText()).as("%s %s --enable-spark-ui", t.environment(), name).isEqualTo("true");
                assertThat(args.path("--spark-event-logs-path").asText()).as("%s %s --spark-event-logs-path", t.environment(), name)
                        .isEqualTo(scripts + "spark-logs/" + shortName + "/");
                assertThat(args.path("--job-bookmark-option").asText()).as("%s %s --job-bookmark-option", t.environment(), name)
                        .isEqualTo("job-bookmark-enable");
            }
        }
    }

    @Test
    void noJobConfiguresTheVpcOutsideConnections() {
        for (Template t : List.of(dev, prod, outsideVpc)) {
            assertThat(t.resources("aws_glue_job")).as("%s Glue jobs", t.environment()).isNotEmpty();
            t.resources("aws_glue_job").forEach((address, job) -> {
                assertThat(job.has("vpc_config")).as("%s %s vpc_config", t.environment(), address).isFalse();
                List<String> keys = new ArrayList<>();
                job.path("default_arguments").fieldNames().forEachRemaining(keys::add);
                assertThat(keys).as("%s %s default argument keys", t.environment(), address).isNotEmpty()
                        .noneMatch(key -> key.toLowerCase().startsWith("--vpc"))
                        .noneMatch(key -> key.toLowerCase().startsWith("--subnet"))
                        .noneMatch(key -> key.toLowerCase().startsWith("--security-group"));
            });
            assertThat(t.text()).as("%s: a vpc_config key anywhere", t.environment()).doesNotContain("\"vpc_config\"");
        }
    }

    @Test
    void securityConfigurationEncryptsEverythingWithThePlatformKeyAndEveryJobUsesIt() {
        for (Template t : both()) {
            JsonNode encryption = t.resource("aws_glue_security_configuration.glue_this").path("encryption_configuration");
            assertThat(encryption.path("s3_encryption").path("s3_encryption_mode").asText()).as("%s S3 mode", t.environment()).isEqualTo("SSE-KMS");
            assertThat(encryption.path("s3_encryption").path("kms_key_arn").asText()).as("%s S3 key", t.environment()).isEqualTo(KEY_ARN);
            assertThat(encryption.path("cloudwatch_encryption").path("cloudwatch_encryption_mode").asText()).as("%s CloudWatch mode", t.environment())
                    .isEqualTo("SSE-KMS");
            assertThat(encryption.path("cloudwatch_encryption").path("kms_key_arn").asText()).as("%s CloudWatch key", t.environment()).isEqualTo(KEY_ARN);
            assertThat(encryption.path("job_bookmarks_encryption").path("job_bookmarks_encryption_mode").asText()).as("%s bookmarks mode", t.environment())
                    .isEqualTo("CSE-KMS");
            assertThat(encryption.path("job_bookmarks_encryption").path("kms_key_arn").asText()).as("%s bookmarks key", t.environment()).isEqualTo(KEY_ARN);
            assertThat(pipelineJobs(t).values()).extracting(job -> job.path("security_configuration").asText())
                    .as("%s jobs' security_configuration", t.environment())
                    .hasSize(2)
                    .containsOnly(Template.ref("aws_glue_security_configuration.glue_this", "name"));
        }
    }

    @Test
    void scriptsAreUploadedByContentHashAndJobsPointAtThem() throws IOException {
        Map<String, String> scripts = Map.of(CLEANSING, "customer-data-cleansing/1_data_cleansing.py",
                FEATURES, "feature-engineering/2_feature_engineering.py");
        for (Template t : both()) {
            String bucket = "glueplat-" + t.environment() + "-scripts-" + (t.environment().equals("dev") ? "123456789012" : "210987654321") + "-us-east-2";
            for (Map.Entry<String, String> entry : scripts.entrySet()) {
                String path = entry.getValue();
                String file = Path.of(path).getFileName().toString();
                String role = entry.getKey().substring("aws_glue_job.glue_".length());
                JsonNode object = t.resource("aws_s3_object.glue_script_" + role);
                assertThat(object.path("bucket").asText()).as("%s %s bucket", t.environment(), file).isEqualTo(Template.ref("aws_s3_bucket.s3_scripts_this", "id"));
                assertThat(object.path("key").asText()).as("%s %s key", t.environment(), file).isEqualTo("scripts/" + file);
                assertThat(object.path("source_hash").asText()).as("%s %s source_hash", t.environment(), file)
                        .isEqualTo(sha256(Repo.scripts().resolve(path)))
                        .matches("[0-9a-f]{64}");
                assertThat(object.path("source").asText()).as("%s %s source", t.environment(), file).endsWith("/" + file);
                assertThat(t.resource(entry.getKey()).path("command").path("script_location").asText())
                        .as("%s %s script_location", t.environment(), entry.getKey())
                        .isEqualTo("s3://" + bucket + "/" + object.path("key").asText());
            }
        }
    }

    @Test
    void preCreatedGlueLogGroupsHaveRetentionAndTheKey() {
        for (Template t : both()) {
            int retention = "dev".equals(t.environment()) ? 14 : 365;
            List<Map.Entry<String, JsonNode>> groups = t.resources("aws_cloudwatch_log_group").entrySet().stream()
                    .filter(e -> e.getValue().path("name").asText().startsWith("/aws-glue/jobs-")).toList();
            assertThat(groups).extracting(Map.Entry::getKey).as("%s Glue log groups", t.environment())
                    .containsExactlyInAnyOrder("glue_jobs_log_output", "glue_jobs_log_error", "glue_jobs_log_logs_v2");
            for (Map.Entry<String, JsonNode> group : groups) {
                assertThat(group.getValue().path("retention_in_days").asInt()).as("%s %s retention", t.environment(), group.getKey()).isEqualTo(retention);
                assertThat(group.getValue().path("kms_key_id").asText()).as("%s %s kms_key_id", t.environment(), group.getKey()).isEqualTo(KEY_ARN);
                assertThat(group.getValue().path("name").asText()).as("%s %s name", t.environment(), group.getKey())
                        .startsWith("/aws-glue/jobs-" + Template.ref("aws_iam_role.iam_glue_job", "name") + "-"
                                + Template.ref("aws_glue_security_configuration.glue_this", "name") + "/");
            }
        }
    }

    // --- glue.runInVpc = false ---

    @Test
    void outsideTheVpcThereAreNoConnectionsAndNoDatabaseJob() {
        assertThat(dev.count("aws_glue_connection")).as("dev connections (baseline)").isEqualTo(3);
        assertThat(outsideVpc.count("aws_glue_connection")).as("runInVpc=false connections").isZero();
        assertThat(pipelineJobs(outsideVpc)).as("runInVpc=false jobs").isNotEmpty()
                .doesNotContainKey("glue_customer_data_cleansing")
                .containsOnlyKeys("glue_feature_engineering");
        pipelineJobs(outsideVpc).forEach((address, job) ->
                assertThat(job.has("connections")).as("runInVpc=false %s connections", address).isFalse());
        assertThat(outsideVpc.text()).as("runInVpc=false: cleansing job name anywhere").doesNotContain("dev-customer-data-cleansing");
        assertThat(outsideVpc.resourcesWhere("aws_vpc_security_group_ingress_rule",
                rule -> GLUE_SG.equals(rule.path("referenced_security_group_id").asText())
                        && !GLUE_SG.equals(rule.path("security_group_id").asText())))
                .as("runInVpc=false: other groups admitting Glue").isEmpty();
    }

    // --- helpers ---

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
