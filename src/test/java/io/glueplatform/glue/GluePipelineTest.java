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

    private static String env(Template template) {
        return template.stack().getNode().getId();
    }

    private static List<String> zones(Template t) {
        return "dev".equals(env(t)) ? ZONE_SUFFIXES_DEV : ZONE_SUFFIXES_PROD;
    }

    // --- security group ---

    @Test
    void securityGroupAdmitsItselfOnEveryTcpPortInBothDirections() {
        for (Template t : both()) {
            List<JsonNode> selfIngress = t.resourcesWhere("aws_vpc_security_group_ingress_rule",
                    rule -> GLUE_SG.equals(rule.path("security_group_id").asText()) && GLUE_SG.equals(rule.path("referenced_security_group_id").asText()));
            List<JsonNode> selfEgress = t.resourcesWhere("aws_vpc_security_group_egress_rule",
                    rule -> GLUE_SG.equals(rule.path("security_group_id").asText()) && GLUE_SG.equals(rule.path("referenced_security_group_id").asText()));
            assertThat(selfIngress).as("%s self-referencing Glue ingress rules", env(t)).hasSize(1);
            assertThat(selfEgress).as("%s self-referencing Glue egress rules", env(t)).hasSize(1);
            for (JsonNode rule : List.of(selfIngress.get(0), selfEgress.get(0))) {
                assertThat(rule.path("ip_protocol").asText()).as("%s self rule protocol", env(t)).isEqualTo("tcp");
                assertThat(rule.path("from_port").asInt(-1)).as("%s self rule from_port", env(t)).isZero();
                assertThat(rule.path("to_port").asInt()).as("%s self rule to_port", env(t)).isEqualTo(65535);
                assertThat(rule.has("cidr_ipv4")).as("%s self rule cidr_ipv4", env(t)).isFalse();
            }
        }
    }

    // --- connections ---

    @Test
    void oneNetworkConnectionPerPrivateSubnetInItsZone() {
        for (Template t : both()) {
            List<JsonNode> network = t.resourcesWhere("aws_glue_connection", c -> "NETWORK".equals(c.path("connection_type").asText()));
            assertThat(network).as("%s NETWORK connections", env(t)).hasSize(zones(t).size());
            for (String zone : zones(t)) {
                JsonNode connection = t.resource("aws_glue_connection.glue_network_" + zone);
                JsonNode subnet = t.resource("aws_subnet.vpc_private_" + zone);
                JsonNode requirements = connection.path("physical_connection_requirements");
                assertThat(connection.path("connection_type").asText()).as("%s network_%s type", env(t), zone).isEqualTo("NETWORK");
                assertThat(subnet.path("tags").path("Tier").asText()).as("%s private_%s tier", env(t), zone).isEqualTo("private");
                assertThat(requirements.path("availability_zone").asText()).as("%s network_%s AZ", env(t), zone)
                        .isEqualTo(subnet.path("availability_zone").asText())
                        .isEqualTo("us-east-2" + zone);
                assertThat(requirements.path("subnet_id").asText()).as("%s network_%s subnet", env(t), zone)
                        .isEqualTo(Template.ref("aws_subnet.vpc_private_" + zone, "id"));
                assertThat(texts(requirements.path("security_group_id_list"))).as("%s network_%s security groups", env(t), zone)
                        .containsExactly(GLUE_SG);
            }
        }
    }

    @Test
    void jdbcConnectionUsesTheManagedSecretOverTls() {
        for (Template t : both()) {
            JsonNode jdbc = t.resource(JDBC);
            JsonNode properties = jdbc.path("connection_properties");
            assertThat(jdbc.path("connection_type").asText()).as("%s JDBC connection type", env(t)).isEqualTo("JDBC");
            assertThat(properties.path("JDBC_CONNECTION_URL").asText()).as("%s JDBC_CONNECTION_URL", env(t))
                    .startsWith("jdbc:mysql://" + Template.ref("aws_db_instance.rds_this", "address") + ":")
                    .isEqualTo("jdbc:mysql://" + Template.ref("aws_db_instance.rds_this", "address") + ":"
                            + Template.ref("aws_db_instance.rds_this", "port") + "/customers");
            assertThat(properties.path("SECRET_ID").asText()).as("%s SECRET_ID", env(t))
                    .isEqualTo(Template.ref("aws_db_instance.rds_this", "master_user_secret[0].secret_arn"));
            assertThat(properties.path("JDBC_ENFORCE_SSL").asText()).as("%s JDBC_ENFORCE_SSL", env(t)).isEqualTo("true");
            List<String> keys = new ArrayList<>();
            properties.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).as("%s JDBC connection property names", env(t)).doesNotContain("USERNAME", "PASSWORD")
                    .noneMatch(key -> key.toUpperCase().contains("PASSWORD"));
            assertThat(texts(jdbc.path("physical_connection_requirements").path("security_group_id_list")))
                    .as("%s JDBC connection security groups", env(t)).containsExactly(GLUE_SG);
        }
    }

    // --- jobs ---

    @Test
    void jobsExistWithEnvironmentPrefixedNames() {
        for (Template t : both()) {
            assertThat(pipelineJobs(t).values()).extracting(job -> job.path("name").asText())
                    .as("%s Glue job names", env(t))
                    .containsExactly(env(t) + "-customer-data-cleansing", env(t) + "-feature-engineering");
        }
    }

    @Test
    void jobsListNetworkConnectionsInZoneOrderAndOnlyTheCleansingJobTheJdbcOne() {
        for (Template t : both()) {
            List<String> network = zones(t).stream().map(z -> Template.ref("aws_glue_connection.glue_network_" + z, "name")).toList();
            List<String> withJdbc = new ArrayList<>(network);
            withJdbc.add(Template.ref(JDBC, "name"));
            assertThat(texts(t.resource(CLEANSING).path("connections"))).as("%s cleansing job connections", env(t))
                    .containsExactlyElementsOf(withJdbc);
            assertThat(texts(t.resource(FEATURES).path("connections"))).as("%s feature job connections", env(t))
                    .containsExactlyElementsOf(network)
                    .doesNotContain(Template.ref(JDBC, "name"));
        }
    }

    @Test
    void jobCapacityAndRetriesAreExplicit() {
        for (Template t : both()) {
            boolean isDev = "dev".equals(env(t));
            for (JsonNode job : pipelineJobs(t).values()) {
                String name = job.path("name").asText();
                assertThat(job.path("glue_version").asText()).as("%s %s glue_version", env(t), name).isEqualTo("4.0");
                assertThat(job.path("worker_type").asText()).as("%s %s worker_type", env(t), name).isEqualTo(isDev ? "G.1X" : "G.2X");
                assertThat(job.path("number_of_workers").asInt()).as("%s %s number_of_workers", env(t), name).isEqualTo(isDev ? 2 : 10);
                assertThat(job.path("timeout").asInt()).as("%s %s timeout", env(t), name).isEqualTo(60);
                assertThat(job.path("max_retries").isNumber()).as("%s %s max_retries set", env(t), name).isTrue();
                assertThat(job.path("max_retries").asInt()).as("%s %s max_retries", env(t), name).isEqualTo(isDev ? 0 : 2);
                assertThat(job.path("execution_class").asText()).as("%s %s execution_class", env(t), name).isEqualTo("STANDARD");
            }
        }
    }

    @Test
    void jobsHaveObservabilityAndBookmarkArguments() {
        for (Template t : both()) {
            for (JsonNode job : pipelineJobs(t).values()) {
                String name = job.path("name").asText();
                String shortName = name.substring(env(t).length() + 1);
                String scripts = "s3://glueplat-" + env(t) + "-scripts-" + (env(t).equals("dev") ? "123456789012" : "210987654321") + "-us-east-2/";
                JsonNode args = job.path("default_arguments");
                assertThat(args.path("--TempDir").asText()).as("%s %s --TempDir", env(t), name).isEqualTo(scripts + "temp/" + shortName + "/");
                assertThat(args.path("--enable-metrics").asText()).as("%s %s --enable-metrics", env(t), name).isEqualTo("true");
                assertThat(args.path("--enable-continuous-cloudwatch-log").asText()).as("%s %s --enable-continuous-cloudwatch-log", env(t), name).isEqualTo("true");
                assertThat(args.path("--enable-spark-ui").asText()).as("%s %s --enable-spark-ui", env(t), name).isEqualTo("true");
                assertThat(args.path("--spark-event-logs-path").asText()).as("%s %s --spark-event-logs-path", env(t), name)
                        .isEqualTo(scripts + "spark-logs/" + shortName + "/");
                assertThat(args.path("--job-bookmark-option").asText()).as("%s %s --job-bookmark-option", env(t), name)
                        .isEqualTo("job-bookmark-enable");
            }
        }
    }

    @Test
    void noJobConfiguresTheVpcOutsideConnections() {
        for (Template t : List.of(dev, prod, outsideVpc)) {
            assertThat(t.resources("aws_glue_job")).as("%s Glue jobs", env(t)).isNotEmpty();
            t.resources("aws_glue_job").forEach((address, job) -> {
                assertThat(job.has("vpc_config")).as("%s %s vpc_config", env(t), address).isFalse();
                List<String> keys = new ArrayList<>();
                job.path("default_arguments").fieldNames().forEachRemaining(keys::add);
                assertThat(keys).as("%s %s default argument keys", env(t), address).isNotEmpty()
                        .noneMatch(key -> key.toLowerCase().startsWith("--vpc"))
                        .noneMatch(key -> key.toLowerCase().startsWith("--subnet"))
                        .noneMatch(key -> key.toLowerCase().startsWith("--security-group"));
            });
            assertThat(t.text()).as("%s: a vpc_config key anywhere", env(t)).doesNotContain("\"vpc_config\"");
        }
    }

    @Test
    void securityConfigurationEncryptsEverythingWithThePlatformKeyAndEveryJobUsesIt() {
        for (Template t : both()) {
            JsonNode encryption = t.resource("aws_glue_security_configuration.glue_this").path("encryption_configuration");
            assertThat(encryption.path("s3_encryption").path("s3_encryption_mode").asText()).as("%s S3 mode", env(t)).isEqualTo("SSE-KMS");
            assertThat(encryption.path("s3_encryption").path("kms_key_arn").asText()).as("%s S3 key", env(t)).isEqualTo(KEY_ARN);
            assertThat(encryption.path("cloudwatch_encryption").path("cloudwatch_encryption_mode").asText()).as("%s CloudWatch mode", env(t))
                    .isEqualTo("SSE-KMS");
            assertThat(encryption.path("cloudwatch_encryption").path("kms_key_arn").asText()).as("%s CloudWatch key", env(t)).isEqualTo(KEY_ARN);
            assertThat(encryption.path("job_bookmarks_encryption").path("job_bookmarks_encryption_mode").asText()).as("%s bookmarks mode", env(t))
                    .isEqualTo("CSE-KMS");
            assertThat(encryption.path("job_bookmarks_encryption").path("kms_key_arn").asText()).as("%s bookmarks key", env(t)).isEqualTo(KEY_ARN);
            assertThat(pipelineJobs(t).values()).extracting(job -> job.path("security_configuration").asText())
                    .as("%s jobs' security_configuration", env(t))
                    .hasSize(2)
                    .containsOnly(Template.ref("aws_glue_security_configuration.glue_this", "name"));
        }
    }

    @Test
    void scriptsAreUploadedByContentHashAndJobsPointAtThem() throws IOException {
        Map<String, String> scripts = Map.of(CLEANSING, "1_data_cleansing.py", FEATURES, "2_feature_engineering.py");
        for (Template t : both()) {
            String bucket = "glueplat-" + env(t) + "-scripts-" + (env(t).equals("dev") ? "123456789012" : "210987654321") + "-us-east-2";
            for (Map.Entry<String, String> entry : scripts.entrySet()) {
                String file = entry.getValue();
                String role = entry.getKey().substring("aws_glue_job.glue_".length());
                JsonNode object = t.resource("aws_s3_object.glue_script_" + role);
                assertThat(object.path("bucket").asText()).as("%s %s bucket", env(t), file).isEqualTo(Template.ref("aws_s3_bucket.s3_scripts_this", "id"));
                assertThat(object.path("key").asText()).as("%s %s key", env(t), file).isEqualTo("scripts/" + file);
                assertThat(object.path("source_hash").asText()).as("%s %s source_hash", env(t), file)
                        .isEqualTo(sha256(Repo.scripts().resolve(file)))
                        .matches("[0-9a-f]{64}");
                assertThat(object.path("source").asText()).as("%s %s source", env(t), file).endsWith("/" + file);
                assertThat(t.resource(entry.getKey()).path("command").path("script_location").asText())
                        .as("%s %s script_location", env(t), entry.getKey())
                        .isEqualTo("s3://" + bucket + "/" + object.path("key").asText());
            }
        }
    }

    @Test
    void preCreatedGlueLogGroupsHaveRetentionAndTheKey() {
        for (Template t : both()) {
            int retention = "dev".equals(env(t)) ? 14 : 365;
            List<Map.Entry<String, JsonNode>> groups = t.resources("aws_cloudwatch_log_group").entrySet().stream()
                    .filter(e -> e.getValue().path("name").asText().startsWith("/aws-glue/jobs-")).toList();
            assertThat(groups).extracting(Map.Entry::getKey).as("%s Glue log groups", env(t))
                    .containsExactlyInAnyOrder("glue_jobs_log_output", "glue_jobs_log_error", "glue_jobs_log_logs_v2");
            for (Map.Entry<String, JsonNode> group : groups) {
                assertThat(group.getValue().path("retention_in_days").asInt()).as("%s %s retention", env(t), group.getKey()).isEqualTo(retention);
                assertThat(group.getValue().path("kms_key_id").asText()).as("%s %s kms_key_id", env(t), group.getKey()).isEqualTo(KEY_ARN);
                assertThat(group.getValue().path("name").asText()).as("%s %s name", env(t), group.getKey())
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
