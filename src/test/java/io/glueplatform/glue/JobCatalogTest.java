package io.glueplatform.glue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glueplatform.testing.Repo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Job discovery: a folder with a job.json is a job; a broken manifest is one sentence naming file, field and what is allowed. */
class JobCatalogTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path temp;

    private Path root;

    /** A copy of glue-scripts/ to break. */
    @BeforeEach
    void copy() throws IOException {
        root = temp.resolve("glue-scripts");
        try (Stream<Path> files = Files.walk(Repo.scripts())) {
            for (Path source : files.filter(p -> !p.toString().contains("__pycache__")).toList()) {
                Path target = root.resolve(Repo.scripts().relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private void change(String job, Consumer<ObjectNode> edit) throws IOException {
        Path file = root.resolve(job).resolve(JobCatalog.MANIFEST);
        ObjectNode manifest = (ObjectNode) MAPPER.readTree(file.toFile());
        edit.accept(manifest);
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), manifest);
    }

    @Test
    void everyFolderWithAManifestIsAJobAndAFolderIsEnoughToAddOne() throws IOException {
        assertThat(JobCatalog.load(root).jobs()).containsOnlyKeys("customer-data-cleansing", "data-processing", "data-quality",
                "feature-engineering", "orders-enrichment", "warehouse-load");
        // A new pipeline job: copy a folder, rename it, give it its own driver file.
        Path added = Files.createDirectories(root.resolve("customer-export"));
        try (Stream<Path> files = Files.walk(root.resolve("feature-engineering"))) {
            for (Path source : files.toList()) {
                Path target = added.resolve(root.resolve("feature-engineering").relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Files.move(added.resolve("2_feature_engineering.py"), added.resolve("7_customer_export.py"));
        change("customer-export", m -> m.put("name", "customer-export").put("driver", "7_customer_export.py"));
        JobCatalog catalog = JobCatalog.load(root);
        JobCatalog.Locations locations = new JobCatalog.Locations("s3://lake", "s3://outputs", "s3://scripts");
        assertThat(catalog.pipelineJobs(locations)).extracting(GlueJobSpec::role).contains("customer_export");
        GlueJobSpec spec = catalog.pipelineJobs(locations).stream().filter(s -> s.role().equals("customer_export")).findFirst().orElseThrow();
        assertThat(spec.scriptKey()).isEqualTo("scripts/7_customer_export.py");
        assertThat(spec.arguments()).containsEntry("--SOURCE_PATH", "s3://lake/processed/customers/");
        assertThat(catalog.workflowJobs(DataWorkflow.WORKFLOW, locations)).extracting(GlueJobSpec::jobName)
                .containsExactly("data-processing", "data-quality");
    }

    @Test
    void connectionValuesBecomeConnectionArgumentsNotText() {
        JobCatalog.Locations locations = new JobCatalog.Locations("s3://lake", "s3://outputs", "s3://scripts");
        GlueJobSpec orders = JobCatalog.load(root).pipelineJobs(locations).stream()
                .filter(s -> s.jobName().equals("orders-enrichment")).findFirst().orElseThrow();
        assertThat(orders.connectionArguments()).containsExactly(
                java.util.Map.entry("--POSTGRES_CONNECTION", StoreKind.POSTGRES), java.util.Map.entry("--SOURCE_CONNECTION", StoreKind.MYSQL));
        assertThat(orders.arguments()).doesNotContainKeys("--POSTGRES_CONNECTION", "--SOURCE_CONNECTION");
    }

    @Test
    void anUnknownFieldNamesTheFileAndTheAllowedFields() throws IOException {
        change("data-quality", m -> m.put("timeout", 5));
        assertThatThrownBy(() -> JobCatalog.load(root)).isInstanceOf(JobCatalog.InvalidJobException.class)
                .hasMessageStartingWith("glue-scripts/data-quality/job.json: unknown field 'timeout'; allowed: ")
                .hasMessageContaining("sizing");
    }

    @Test
    void badFieldsAreAllReportedInOneSentence() throws IOException {
        change("data-quality", m -> {
            m.put("name", "quality");
            ((ObjectNode) m.get("arguments").get("MIN_ROWS")).put("type", "integer");
            ((ObjectNode) m.get("arguments").get("SOURCE_PATH")).put("value", "${lakes}/processed/events/");
            ((ObjectNode) m.get("outputs").get(0)).put("view", "reports");
        });
        assertThatThrownBy(() -> JobCatalog.load(root)).isInstanceOf(JobCatalog.InvalidJobException.class)
                .hasMessageStartingWith("glue-scripts/data-quality/job.json: ")
                .hasMessageContaining("name: 'quality' differs from its folder; allowed: the folder name")
                .hasMessageContaining("arguments.MIN_ROWS.type: 'integer'; allowed: [connection, count, qualified_table, ratio, s3_prefix, s3_uri, string, table]")
                .hasMessageContaining("arguments.SOURCE_PATH.value: '${lakes}'; allowed: ${lake}, ${outputs}, ${scripts}")
                .hasMessageContaining("outputs.reports.view: not an input or a view of sql/");
    }

    @Test
    void sqlFilesMustBeListedAndExist() throws IOException {
        Files.writeString(root.resolve("data-processing/sql/40_extra.sql"), "SELECT 1");
        change("feature-engineering", m -> m.putArray("sql").add("10_latest.sql").add("20_features.sql").add("30_missing.sql"));
        assertThatThrownBy(() -> JobCatalog.load(root)).isInstanceOf(JobCatalog.InvalidJobException.class)
                .hasMessageContaining("data-processing/job.json: sql: sql/40_extra.sql is not listed");
        Files.delete(root.resolve("data-processing/sql/40_extra.sql"));
        assertThatThrownBy(() -> JobCatalog.load(root)).hasMessageContaining("feature-engineering/job.json: sql: '30_missing.sql' is not a file");
    }

    @Test
    void vpcArgumentsAndUnknownConnectionsAreRefused() throws IOException {
        change("feature-engineering", m -> ((ObjectNode) m.get("arguments")).putObject("VPC_SUBNET_IDS")
                .put("type", "string").put("required", true).put("value", "subnet-1"));
        assertThatThrownBy(() -> JobCatalog.load(root)).hasMessageContaining("arguments.VPC_SUBNET_IDS: Glue ignores VPC settings");
        change("feature-engineering", m -> {
            ((ObjectNode) m.get("arguments")).remove("VPC_SUBNET_IDS");
            ((ObjectNode) m.get("arguments")).putObject("DB").put("type", "connection").put("required", true).put("value", "${connection:oracle}");
        });
        assertThatThrownBy(() -> JobCatalog.load(root)).hasMessageContaining("arguments.DB.value: '${connection:oracle}'; allowed: ");
    }

    @Test
    void twoJobsCannotShareADriverFileName() throws IOException {
        Files.copy(root.resolve("feature-engineering/2_feature_engineering.py"), root.resolve("data-quality/2_feature_engineering.py"));
        change("data-quality", m -> m.put("driver", "2_feature_engineering.py"));
        assertThatThrownBy(() -> JobCatalog.load(root))
                .hasMessageContaining("driver: '2_feature_engineering.py' is also the driver of ");
    }

    @Test
    void aJobWithoutSampleDataOrExpectedOutputIsRefused() throws IOException {
        Files.delete(root.resolve("warehouse-load/sample/expected/warehouse_rows.jsonl"));
        Files.delete(root.resolve("data-quality/sample/expected/failed_checks.jsonl"));
        assertThatThrownBy(() -> JobCatalog.load(root)).hasMessageContaining(
                "data-quality/job.json: failOn: 'sample/expected/failed_checks.jsonl' is not a file in data-quality/");
        Files.writeString(root.resolve("data-quality/sample/expected/failed_checks.jsonl"), "{}");
        assertThatThrownBy(() -> JobCatalog.load(root)).hasMessageContaining(
                "warehouse-load/job.json: outputs.warehouse_rows.expected: 'sample/expected/warehouse_rows.jsonl' is not a file");
        assertThat(List.of(root.resolve("warehouse-load"))).allMatch(Files::isDirectory);
    }
}
