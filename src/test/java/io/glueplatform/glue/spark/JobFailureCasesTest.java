package io.glueplatform.glue.spark;

import io.glueplatform.glue.JobCatalog;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The failing cases on real Spark: malformed rows are dropped (never fail a run), empty input gives empty output
 * or a failed verdict, schema drift fails with one sentence naming the input and the column. Plus the workflow
 * chain: what data-processing writes passes data-quality.
 */
@Tag("spark")
class JobFailureCasesTest {

    /** The JVM's one local Spark session (started by the first Spark test class) and a runner over glue-scripts/. */
    private static final JobRunner runner = LocalSpark.runner();
    private static final JobCatalog catalog = runner.catalog();
    private static final SparkSession spark = runner.spark();

    private static Dataset<Row> lines(String... lines) {
        return spark.createDataset(List.of(lines), org.apache.spark.sql.Encoders.STRING()).toDF("value");
    }

    private static Dataset<Row> json(String... rows) {
        return spark.read().json(spark.createDataset(List.of(rows), org.apache.spark.sql.Encoders.STRING()));
    }

    @Test
    void malformedEventLinesAreDroppedAndOnlyValidOnesKept() {
        JobRunner.Result result = runner.run("data-processing", Map.of("raw_events", lines(
                "{\"event_id\": \"ok\", \"event_type\": \"t\", \"occurred_at\": \"2024-01-01T00:00:00Z\"}",
                "{not json", "[]", "42", "{\"event_id\": \"no-type\", \"occurred_at\": \"2024-01-01\"}",
                "{\"event_id\": \"bad-ts\", \"event_type\": \"t\", \"occurred_at\": \"2024-13-01\"}")), Map.of());
        assertThat(result.outputs().get("processed").select("event_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList())
                .containsExactly("ok");
    }

    @Test
    void malformedCustomerRowsAreDroppedNotFatal() {
        JobRunner.Result result = runner.run("customer-data-cleansing", Map.of("customers",
                spark.read().schema(catalog.job("customer-data-cleansing").inputs().get(0).schema())
                        .json(spark.createDataset(List.of("{\"customer_id\": \"x1\", \"email\": \"a@b.com\"}", "{broken",
                                "{\"customer_id\": 7, \"email\": \"A@B.COM\", \"updated_at\": \"2024-01-01 00:00:00\"}"),
                                org.apache.spark.sql.Encoders.STRING()))), Map.of());
        assertThat(JobRunner.jsonLines(result.outputs().get("cleansed").select("customer_id", "email")))
                .containsExactly("{\"customer_id\":7,\"email\":\"a@b.com\"}");
    }

    @Test
    void emptyRawEventsGiveAnEmptyOutputWithTheContractSchema() {
        JobRunner.Result result = runner.run("data-processing", Map.of("raw_events", lines()), Map.of());
        Dataset<Row> processed = result.outputs().get("processed");
        assertThat(processed.count()).isZero();
        assertThat(GlueJobsOnSparkTest.columns(processed.schema()))
                .isEqualTo(GlueJobsOnSparkTest.columns(StructType.fromDDL(catalog.job("data-processing").outputs().get(0).schema())));
    }

    @Test
    void noProcessedEventsAtAllFailTheQualityGateOnMinRowsAndStillReport() {
        Dataset<Row> missing = runner.readLocal("data-quality", "events", Path.of("target/no-such-dir-" + System.nanoTime()));
        JobRunner.Result result = runner.run("data-quality", Map.of("events", missing), Map.of());
        assertThat(result.failures()).containsExactly("min_rows");
        String report = result.outputs().get("report").select("value").as(org.apache.spark.sql.Encoders.STRING()).first();
        assertThat(report).contains("\"status\":\"FAILED\"", "\"row_count\":0", "\"failed_checks\":[\"min_rows\"]")
                .doesNotContain("null_ratio:");
    }

    @Test
    void whatDataProcessingWritesPassesDataQuality() {
        Dataset<Row> processed = runner.runSample("data-processing").outputs().get("processed");
        JobRunner.Result quality = runner.run("data-quality", Map.of("events", processed), Map.of());
        assertThat(quality.failures()).as("quality verdict on the processed sample").isEmpty();
        assertThat(quality.outputs().get("report").select("value").as(org.apache.spark.sql.Encoders.STRING()).first())
                .contains("\"status\":\"PASSED\"", "\"row_count\":7");
    }

    @Test
    void aStricterThresholdFailsTheNullRatioChecks() {
        JobRunner.Result result = runner.run("data-quality", runner.sampleInputs("data-quality"), Map.of("MAX_NULL_RATIO", "0.25"));
        assertThat(result.failures()).containsExactlyInAnyOrder("duplicate_keys:event_id", "null_ratio:customer_id", "null_ratio:payload");
    }

    @Test
    void schemaDriftAMissingRequiredColumnFailsNamingInputAndColumn() {
        Dataset<Row> drifted = json("{\"customer_id\": 1, \"email\": \"a@b.com\", \"created_at\": \"2024-01-01T00:00:00Z\"}");
        assertThatThrownBy(() -> runner.run("feature-engineering", Map.of("customers", drifted), Map.of()))
                .isInstanceOf(JobRunner.InvalidInputException.class)
                .hasMessageStartingWith("input customers: missing column(s) updated_at (schema drift); expected customer_id BIGINT");
    }

    @Test
    void schemaDriftMissingOptionalColumnsReadAsNullAndChangedTypesAreCast() {
        // No email/phone/country/ingest_date; customer_id arrives as text (a MySQL column changed to VARCHAR).
        Dataset<Row> drifted = json("{\"customer_id\": \"9\", \"created_at\": \"2024-06-01T00:00:00Z\", \"updated_at\": \"2024-06-29T00:00:00Z\", \"extra\": 1}");
        Dataset<Row> features = runner.run("feature-engineering", Map.of("customers", drifted), Map.of()).outputs().get("features");
        assertThat(JobRunner.jsonLines(features)).containsExactly("{\"customer_id\":9,\"tenure_days\":29,\"days_since_update\":1,"
                + "\"has_phone\":false,\"activity_bucket\":\"active\",\"as_of_date\":\"2024-06-30\",\"signup_cohort\":\"2024-06\"}");
    }

    @Test
    void schemaDriftInTheSqlItselfIsASparkAnalysisError() {
        // A column the SQL reads but the input cannot provide: conform() stops it first, with the input's name.
        Dataset<Row> noKey = json("{\"email\": \"a@b.com\", \"updated_at\": \"2024-06-29T00:00:00Z\", \"created_at\": \"2024-06-01T00:00:00Z\"}");
        assertThatThrownBy(() -> runner.run("feature-engineering", Map.of("customers", noKey), Map.of()))
                .hasMessageContaining("missing column(s) customer_id");
    }

    @Test
    void theWrittenOutputsAreReadBackWithTheirPartitions(@org.junit.jupiter.api.io.TempDir Path dir) {
        JobRunner.Result result = runner.runSample("data-processing");
        Path written = runner.write(result, dir).get("processed");
        assertThat(written.resolve("event_date=2024-01-01")).isDirectory();
        assertThat(spark.read().parquet(written.toString()).count()).isEqualTo(7);
        JobRunner.Result quality = runner.runSample("data-quality");
        Path report = runner.write(quality, dir).get("report");
        assertThat(report.resolve("run_ts=20240102T040506Z")).isDirectory();
        assertThat(spark.read().text(report.toString()).count()).isEqualTo(1);
    }
}
