package io.glueplatform.glue.spark;

import io.glueplatform.glue.JobCatalog;
import io.glueplatform.glue.JobManifest;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a job's SQL on local Spark exactly as glue_common's run_job does on Glue: the job_run view, the inputs
 * conformed to their declared schema (missing required columns fail: schema drift), the SQL files in manifest
 * order (each SELECT becomes the view named after its file), then the outputs and the failOn verdict. Only the
 * reading differs: samples and local files instead of JDBC connections and S3.
 */
public final class JobRunner {

    private static final DateTimeFormatter SQL_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final Set<String> SQL_ARGUMENT_TYPES = Set.of("count", "ratio");

    /** Bad input data (schema drift, unreadable path): one sentence naming the input and what was expected. */
    public static final class InvalidInputException extends RuntimeException {
        public InvalidInputException(String message) {
            super(message);
        }
    }

    /**
     * What a run produced.
     *
     * @param outputs  the output views, by view name, in manifest order
     * @param failures rows of the failOn view (first column); empty when the run succeeds
     */
    public record Result(JobManifest job, Map<String, Dataset<Row>> outputs, Dataset<Row> failOn, List<String> failures) {
        public boolean failed() {
            return !failures.isEmpty();
        }
    }

    private final SparkSession spark;
    private final JobCatalog catalog;

    public JobCatalog catalog() {
        return catalog;
    }

    public SparkSession spark() {
        return spark;
    }

    public JobRunner(SparkSession spark, JobCatalog catalog) {
        this.spark = spark;
        this.catalog = catalog;
    }

    /** The job on its sample inputs at its sample clock. */
    public Result runSample(String job) {
        return run(job, sampleInputs(job), Map.of());
    }

    /** Sample inputs read with their declared schema, by input name. */
    public Map<String, Dataset<Row>> sampleInputs(String job) {
        Map<String, Dataset<Row>> inputs = new LinkedHashMap<>();
        for (JobManifest.Input input : catalog.job(job).inputs()) {
            Path sample = catalog.folder(job).resolve(input.sample());
            inputs.put(input.name(), "text".equals(input.format())
                    ? spark.read().text(sample.toString())
                    : spark.read().schema(input.schema()).json(sample.toString()));
        }
        return inputs;
    }

    /**
     * A local file or folder as an input: text inputs read lines; a folder of Parquet reads as Parquet; JSON lines
     * (.json, .jsonl) with their own inferred schema, which is then conformed like any source. A path that does not
     * exist reads as no data when the input allows it (missingAsEmpty), as on S3.
     */
    public Dataset<Row> readLocal(String job, String inputName, Path path) {
        JobManifest.Input input = catalog.job(job).inputs().stream().filter(i -> i.name().equals(inputName)).findFirst()
                .orElseThrow(() -> new InvalidInputException("job " + job + " has no input '" + inputName + "'; allowed: "
                        + catalog.job(job).inputs().stream().map(JobManifest.Input::name).toList()));
        if (!Files.exists(path)) {
            if (input.missingAsEmpty()) {
                return spark.createDataFrame(List.of(), StructType.fromDDL(input.schema()));
            }
            throw new InvalidInputException("input " + inputName + ": " + path + " does not exist");
        }
        if ("text".equals(input.format())) {
            return spark.read().option("recursiveFileLookup", "true").text(path.toString());
        }
        String name = path.getFileName().toString();
        if (name.endsWith(".json") || name.endsWith(".jsonl")) {
            return spark.read().json(path.toString());
        }
        return spark.read().option("mergeSchema", "true").parquet(path.toString());
    }

    /**
     * Runs the job. {@code inputs} by input name (read any way; they are conformed here), {@code argumentOverrides}
     * replace manifest values of numeric arguments (e.g. MIN_ROWS).
     */
    public Result run(String job, Map<String, Dataset<Row>> inputs, Map<String, String> argumentOverrides) {
        JobManifest manifest = catalog.job(job);
        spark.sql(runViewSql(manifest, argumentOverrides)).createOrReplaceTempView("job_run");
        for (JobManifest.Input input : manifest.inputs()) {
            Dataset<Row> data = inputs.get(input.name());
            if (data == null) {
                throw new InvalidInputException("job " + job + ": no data for input " + input.name());
            }
            ("text".equals(input.format()) ? data : conform(data, input)).createOrReplaceTempView(input.name());
        }
        catalog.sql(job).forEach((view, sql) -> spark.sql(sql).createOrReplaceTempView(view));
        Map<String, Dataset<Row>> outputs = new LinkedHashMap<>();
        for (JobManifest.Output output : manifest.outputs()) {
            outputs.put(output.view(), spark.table(output.view()));
        }
        Dataset<Row> failOn = manifest.failOn() == null ? null : spark.table(manifest.failOn());
        List<String> failures = failOn == null ? List.of()
                : failOn.collectAsList().stream().map(row -> String.valueOf(row.get(0))).toList();
        return new Result(manifest, outputs, failOn, failures);
    }

    /** job_run: the same SELECT glue_common.run_view_sql builds (UTC run time, its date, numeric arguments). */
    static String runViewSql(JobManifest manifest, Map<String, String> overrides) {
        Instant runTs = Instant.parse(manifest.sample().runTs());
        List<String> columns = new ArrayList<>();
        columns.add("DATE'" + runTs.atOffset(ZoneOffset.UTC).toLocalDate() + "' AS as_of_date");
        columns.add("TIMESTAMP'" + SQL_TIMESTAMP.format(runTs) + "' AS run_ts");
        manifest.arguments().forEach((name, argument) -> {
            if (SQL_ARGUMENT_TYPES.contains(argument.type())) {
                String value = overrides.getOrDefault(name, argument.value());
                double number = Double.parseDouble(value);
                columns.add("count".equals(argument.type())
                        ? "CAST(" + (long) number + " AS BIGINT) AS " + name.toLowerCase(Locale.ROOT)
                        : "CAST(" + number + " AS DOUBLE) AS " + name.toLowerCase(Locale.ROOT));
            }
        });
        return "SELECT " + String.join(", ", columns);
    }

    /** glue_common._conform: lower-case names, declared columns in declared order and type, missing required ones fail. */
    static Dataset<Row> conform(Dataset<Row> data, JobManifest.Input input) {
        Dataset<Row> lower = data.toDF(Arrays.stream(data.columns()).map(c -> c.toLowerCase(Locale.ROOT)).toArray(String[]::new));
        Set<String> present = Set.of(lower.columns());
        StructType schema = StructType.fromDDL(input.schema());
        List<String> missing = Arrays.stream(schema.fields()).map(StructField::name)
                .filter(c -> !present.contains(c) && !input.optionalColumns().contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("input " + input.name() + ": missing column(s) " + String.join(", ", missing)
                    + " (schema drift); expected " + input.schema());
        }
        Column[] columns = Arrays.stream(schema.fields())
                .map(f -> (present.contains(f.name()) ? functions.col("`" + f.name() + "`") : functions.lit(null))
                        .cast(f.dataType()).alias(f.name()))
                .toArray(Column[]::new);
        return lower.select(columns);
    }

    /**
     * Writes the outputs under {@code dir/<view>/} as glue_common does on S3 (format, partitioning, overwrite mode,
     * file count); a redshift output is written as Parquet. Returns the folders written.
     */
    public Map<String, Path> write(Result result, Path dir) {
        Map<String, Path> written = new LinkedHashMap<>();
        for (JobManifest.Output output : result.job().outputs()) {
            Dataset<Row> data = result.outputs().get(output.view());
            if (output.skipWhenEmpty() && data.limit(1).count() == 0) {
                continue;
            }
            String[] partitions = output.partitionBy().toArray(String[]::new);
            if (output.files() != null) {
                data = data.coalesce(output.files());
            } else if (partitions.length > 0) {
                data = data.repartition(Arrays.stream(partitions).map(functions::col).toArray(Column[]::new));
            }
            DataFrameWriter<Row> writer = data.write().mode("append".equals(output.mode()) ? "append" : "overwrite")
                    .option("partitionOverwriteMode", "overwrite-partitions".equals(output.mode()) ? "dynamic" : "static")
                    .partitionBy(partitions);
            Path target = dir.resolve(output.view());
            if ("text".equals(output.format())) {
                writer.text(target.toString());
            } else {
                writer.option("compression", "snappy").parquet(target.toString());
            }
            written.put(output.view(), target);
        }
        return written;
    }

    /** Rows as sorted JSON lines: an order-free, null-aware comparison with a readable diff. */
    public static List<String> jsonLines(Dataset<Row> data) {
        return data.toJSON().collectAsList().stream().sorted().collect(Collectors.toList());
    }
}
