package io.glueplatform.glue.spark;

import io.glueplatform.glue.JobCatalog;
import io.glueplatform.glue.JobManifest;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every job of glue-scripts/ (discovered, not listed) runs its SQL on local Spark over its sample input, exactly
 * as its driver does on Glue, and produces its expected output: schema (names and types of the manifest's output
 * contract), rows and NULLs (order-free), and the verdict (the failOn view's rows).
 */
@Tag("spark")
class GlueJobsOnSparkTest {

    /** The JVM's one local Spark session (started by the first Spark test class) and a runner over glue-scripts/. */
    private static final JobRunner runner = LocalSpark.runner();
    private static final JobCatalog catalog = runner.catalog();
    private static final SparkSession spark = runner.spark();

    @TestFactory
    Stream<DynamicTest> everyJobProducesItsExpectedOutputFromItsSample() {
        assertThat(catalog.jobs()).as("jobs discovered in glue-scripts/").hasSizeGreaterThanOrEqualTo(6);
        return catalog.jobs().values().stream().map(job -> DynamicTest.dynamicTest(job.name(), () -> {
            JobRunner.Result result = runner.runSample(job.name());
            for (JobManifest.Output output : job.outputs()) {
                Dataset<Row> actual = result.outputs().get(output.view());
                assertThat(columns(actual.schema())).as("%s output %s: columns and types", job.name(), output.view())
                        .isEqualTo(columns(StructType.fromDDL(output.schema())));
                Path expected = catalog.folder(job.name()).resolve(output.expected());
                assertThat(JobRunner.jsonLines(actual)).as("%s output %s vs %s", job.name(), output.view(), expected)
                        .isNotEmpty()
                        .containsExactlyElementsOf(expectedLines(expected, actual.schema()));
            }
            if (job.failOn() != null) {
                Path expected = catalog.folder(job.name()).resolve(JobCatalog.expectedFailures(job));
                assertThat(JobRunner.jsonLines(result.failOn())).as("%s verdict (%s) vs %s", job.name(), job.failOn(), expected)
                        .containsExactlyElementsOf(expectedLines(expected, result.failOn().schema()));
            } else {
                assertThat(result.failures()).as("%s has no verdict", job.name()).isEmpty();
            }
        }));
    }

    /** Expected JSON lines read with the actual schema, so both sides print values the same way. */
    private static List<String> expectedLines(Path file, StructType schema) throws IOException {
        assertThat(Files.readAllLines(file)).as("%s is empty", file).isNotEmpty();
        return JobRunner.jsonLines(spark.read().schema(schema).option("mode", "FAILFAST").json(file.toString()));
    }

    /** Name and type of each column; nullability is Spark's inference, not part of the contract. */
    static List<String> columns(StructType schema) {
        return Arrays.stream(schema.fields()).map(f -> f.name() + " " + type(f)).toList();
    }

    private static String type(StructField field) {
        DataType type = field.dataType();
        return type.sql();
    }
}
