package io.glueplatform.glue;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 004's crawlers, jobs and workflow, on the Foundation's catalog, security configuration and connections. */
class DataWorkflowTest {

    private static final String PROCESSING = "aws_glue_job.glue_data_processing";
    private static final String QUALITY = "aws_glue_job.glue_data_quality";
    private static final String LAKE = "s3://glueplat-dev-lake-123456789012-us-east-2/";

    private static Template dev;
    private static Template prod;
    private static Template outsideVpc;
    private static Template off;

    @BeforeAll
    static void synth() {
        dev = SynthFixture.synth("dev");
        prod = SynthFixture.synth("prod");
        outsideVpc = SynthFixture.variant("dev", ConfigFixtures.put("/glue/runInVpc", false));
        off = SynthFixture.variant("dev", ConfigFixtures.put("/services/dataPipeline", false));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    /** A nested block: cdktf writes single-item blocks as an object, lists as an array. */
    private static JsonNode one(JsonNode block) {
        return block.isArray() ? block.get(0) : block;
    }

    @Test
    void crawlersCatalogRawAndProcessedOnDemand() {
        for (String zone : List.of("raw", "processed")) {
            JsonNode crawler = dev.resource("aws_glue_crawler.glue_crawler_" + zone);
            assertThat(crawler.path("name").asText()).isEqualTo("dev-" + zone + "-crawler");
            assertThat(crawler.path("database_name").asText()).isEqualTo(Template.ref("aws_glue_catalog_database.glue_catalog", "name"));
            assertThat(one(crawler.path("s3_target")).path("path").asText()).isEqualTo(LAKE + zone + "/");
            assertThat(crawler.has("schedule")).as("%s crawler schedule", zone).isFalse();
            assertThat(crawler.path("role").asText()).isEqualTo(Template.ref("aws_iam_role.iam_glue_job", "arn"));
            assertThat(crawler.path("security_configuration").asText()).isEqualTo(Template.ref("aws_glue_security_configuration.glue_this", "name"));
        }
        assertThat(dev.resource("aws_glue_catalog_database.glue_catalog").path("name").asText()).isEqualTo("dev_data_lake_catalog");
    }

    @Test
    void jobsRunTheirScriptsWithTheSeedTimeoutsAndTwoDpu() {
        for (Template t : List.of(dev, prod)) {
            String env = t.environment();
            JsonNode processing = t.resource(PROCESSING);
            JsonNode quality = t.resource(QUALITY);
            assertThat(processing.path("name").asText()).isEqualTo(env + "-data-processing");
            assertThat(quality.path("name").asText()).isEqualTo(env + "-data-quality");
            assertThat(processing.path("timeout").asInt()).isEqualTo(60);
            assertThat(quality.path("timeout").asInt()).isEqualTo(30);
            for (JsonNode job : List.of(processing, quality)) {
                // 2 x G.1X = 2 DPU: the seed's "2 DPU max capacity" (max_capacity cannot be combined with worker_type).
                assertThat(job.path("worker_type").asText()).isEqualTo("G.1X");
                assertThat(job.path("number_of_workers").asInt()).isEqualTo(2);
                assertThat(job.has("max_capacity")).isFalse();
                assertThat(job.path("glue_version").asText()).isEqualTo("4.0");
                assertThat(one(job.path("command")).path("python_version").asText()).isEqualTo("3");
                assertThat(one(job.path("command")).path("name").asText()).isEqualTo("glueetl");
                assertThat(job.path("security_configuration").asText()).isEqualTo(Template.ref("aws_glue_security_configuration.glue_this", "name"));
                assertThat(job.path("default_arguments").path("--job-bookmark-option").asText()).isEqualTo("job-bookmark-disable");
            }
        }
        assertThat(one(dev.resource(PROCESSING).path("command")).path("script_location").asText()).endsWith("/scripts/3_data_processing.py");
        assertThat(one(dev.resource(QUALITY).path("command")).path("script_location").asText()).endsWith("/scripts/4_data_quality.py");
    }

    @Test
    void jobArgumentsAreTheOnesTheScriptsRead() {
        JsonNode processing = dev.resource(PROCESSING).path("default_arguments");
        assertThat(processing.path("--SOURCE_PATH").asText()).isEqualTo(LAKE + "raw/events/");
        assertThat(processing.path("--TARGET_PATH").asText()).isEqualTo(LAKE + "processed/events/");
        JsonNode quality = dev.resource(QUALITY).path("default_arguments");
        assertThat(quality.path("--SOURCE_PATH").asText()).isEqualTo(LAKE + "processed/events/");
        assertThat(quality.path("--REPORT_PATH").asText()).isEqualTo("s3://glueplat-dev-outputs-123456789012-us-east-2/outputs/data-quality/");
        assertThat(quality.path("--MIN_ROWS").asText()).matches("\\d+");
        assertThat(Double.parseDouble(quality.path("--MAX_NULL_RATIO").asText())).isBetween(0.0, 1.0);
        assertThat(dev.resources("aws_s3_object")).containsKeys("glue_script_data_processing", "glue_script_data_quality");
    }

    @Test
    void jobsUseTheFoundationsConnectionsOnlyWhenGlueRunsInTheVpc() {
        assertThat(texts(dev.resource(PROCESSING).path("connections"))).containsExactly(
                Template.ref("aws_glue_connection.glue_network_a", "name"), Template.ref("aws_glue_connection.glue_network_b", "name"));
        assertThat(texts(dev.resource(QUALITY).path("connections"))).doesNotContain(Template.ref("aws_glue_connection.glue_mysql", "name"));
        assertThat(outsideVpc.resource(PROCESSING).has("connections")).isFalse();
    }

    @Test
    void workflowStartsOnDemandThenRunsQualityAndCrawlerAfterProcessingSucceeds() {
        JsonNode workflow = dev.resource("aws_glue_workflow.glue_workflow");
        assertThat(workflow.path("name").asText()).isEqualTo("dev-data-lake-workflow");
        String workflowName = Template.ref("aws_glue_workflow.glue_workflow", "name");
        JsonNode start = dev.resource("aws_glue_trigger.glue_trigger_start");
        assertThat(start.path("type").asText()).isEqualTo("ON_DEMAND");
        assertThat(start.path("workflow_name").asText()).isEqualTo(workflowName);
        assertThat(start.path("actions").get(0).path("job_name").asText()).isEqualTo(Template.ref(PROCESSING, "name"));
        JsonNode after = dev.resource("aws_glue_trigger.glue_trigger_after_processing");
        assertThat(after.path("type").asText()).isEqualTo("CONDITIONAL");
        assertThat(after.path("workflow_name").asText()).isEqualTo(workflowName);
        JsonNode condition = one(after.path("predicate")).path("conditions").get(0);
        assertThat(condition.path("job_name").asText()).isEqualTo(Template.ref(PROCESSING, "name"));
        assertThat(condition.path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(after.path("actions").get(0).path("job_name").asText()).isEqualTo(Template.ref(QUALITY, "name"));
        assertThat(after.path("actions").get(1).path("crawler_name").asText()).isEqualTo(Template.ref("aws_glue_crawler.glue_crawler_processed", "name"));
        assertThat(dev.resources("aws_glue_trigger").values()).noneMatch(trigger -> trigger.has("schedule"));
    }

    @Test
    void crawlerLogGroupHasRetentionAndTheKeyAndOutputsNameEverything() {
        JsonNode group = dev.resource("aws_cloudwatch_log_group.glue_crawler_log");
        assertThat(group.path("name").asText()).startsWith("/aws-glue/crawlers-role/");
        assertThat(group.path("retention_in_days").asInt()).isEqualTo(14);
        assertThat(group.path("kms_key_id").asText()).isEqualTo(Template.ref("aws_kms_key.kms_this", "arn"));
        assertThat(dev.outputs().path("glue_workflow_name").path("value").asText()).isEqualTo(Template.ref("aws_glue_workflow.glue_workflow", "name"));
        assertThat(dev.outputs().path("glue_workflow_job_names").path("value").path("data_quality").asText()).isEqualTo(Template.ref(QUALITY, "name"));
        assertThat(dev.outputs().path("glue_crawler_names").path("value").path("raw").asText())
                .isEqualTo(Template.ref("aws_glue_crawler.glue_crawler_raw", "name"));
        assertThat(dev.outputs().path("catalog_database").path("value").asText())
                .isEqualTo(Template.ref("aws_glue_catalog_database.glue_catalog", "name"));
    }

    @Test
    void switchingThePipelineOffKeepsTheFoundationJobs() {
        assertThat(off.resources("aws_glue_job")).containsOnlyKeys("glue_customer_data_cleansing", "glue_feature_engineering");
        assertThat(off.count("aws_glue_crawler")).isZero();
        assertThat(off.count("aws_glue_workflow")).isZero();
        assertThat(off.count("aws_glue_trigger")).isZero();
        assertThat(off.outputs().has("glue_workflow_name")).isFalse();
    }
}
