package io.glueplatform.glue;

import java.util.List;
import java.util.Map;

/**
 * A Glue job's {@code glue-scripts/<job>/job.json}: what the stack needs to deploy the job (name, driver,
 * arguments, sizing, where it runs) and what the drivers and the Spark test harness need to run its SQL
 * (inputs, SQL files in order, outputs). glue_common (Python) reads the same file; {@link JobCatalog}
 * loads and validates it.
 *
 * @param name          job name without the environment prefix; equals the folder name
 * @param description   shown in the console
 * @param driver        the PySpark driver file in the folder; uploaded as {@code scripts/<driver>}
 * @param step          where the job runs: a pipeline of {@link GluePipeline} or a step of {@link DataWorkflow}
 * @param sizing        null fields use the environment's (pipeline) or the workflow's defaults
 * @param arguments     job arguments without {@code --}, in order
 * @param disjointPaths pairs of path arguments that must not contain one another
 * @param inputs        registered as temporary views before the SQL runs
 * @param sql           files in {@code sql/}, run in this order; {@code NN_<view>.sql} becomes view {@code <view>}
 * @param outputs       views written after the SQL ran
 * @param failOn        a view that fails the run (after the outputs are written) when it has rows; null: none
 * @param sample        the clock of the sample run (tests, {@code make run-job})
 */
public record JobManifest(String name, String description, String driver, Step step, Sizing sizing,
                          Map<String, Argument> arguments, List<List<String>> disjointPaths, List<Input> inputs,
                          List<String> sql, List<Output> outputs, String failOn, Sample sample) {

    public JobManifest {
        arguments = arguments == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
        disjointPaths = disjointPaths == null ? List.of() : List.copyOf(disjointPaths);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        sql = sql == null ? List.of() : List.copyOf(sql);
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
        sizing = sizing == null ? new Sizing(null, null) : sizing;
    }

    /** Exactly one of {@code pipeline} (a job of {@link GluePipeline}) and {@code workflow} (a step of {@link DataWorkflow}). */
    public record Step(String pipeline, String workflow, int order) {
    }

    public record Sizing(Integer timeoutMinutes, Integer workers) {
    }

    /**
     * @param type     one of {@link JobCatalog#ARGUMENT_TYPES}; glue_common validates the value at run time
     * @param required a required argument must be in the job's default_arguments
     * @param value    what the stack passes: text with {@code ${lake}}, {@code ${outputs}}, {@code ${scripts}} (bucket URIs)
     *                 or {@code ${connection:<name>}} (a Glue connection the job then lists)
     */
    public record Argument(String type, boolean required, String value, String description) {
    }

    /**
     * @param format          {@code jdbc} (through a Glue connection), {@code parquet} or {@code text}
     * @param engine          for jdbc: Glue's connection_type ({@code mysql}, {@code postgresql})
     * @param argument        the argument holding the path (parquet, text) or the table (jdbc)
     * @param connection      for jdbc: the argument holding the Glue connection name
     * @param schema          Spark DDL: the columns the SQL may use, in order and type; missing ones fail (schema drift)
     * @param optionalColumns declared columns that may be missing (read as NULL)
     * @param missingAsEmpty  a path without data reads as zero rows instead of failing
     * @param sample          sample input in the folder (JSON lines; text inputs: lines)
     */
    public record Input(String name, String format, String engine, String argument, String connection,
                        List<String> bookmarkKeys, String transformationCtx, String schema, List<String> optionalColumns,
                        Boolean missingAsEmpty, String sample) {
        public Input {
            bookmarkKeys = bookmarkKeys == null ? List.of() : List.copyOf(bookmarkKeys);
            optionalColumns = optionalColumns == null ? List.of() : List.copyOf(optionalColumns);
            missingAsEmpty = Boolean.TRUE.equals(missingAsEmpty);
        }
    }

    /**
     * @param format        {@code parquet}, {@code text} or {@code redshift} (through a Glue connection)
     * @param mode          {@code overwrite} (rebuild), {@code overwrite-partitions} (only the partitions written) or {@code append}
     * @param files         coalesce to this many files; null: one task per partition value
     * @param skipWhenEmpty write nothing when the view has no rows
     * @param schema        Spark DDL of the view: the output contract the tests check
     * @param expected      the expected output of the sample run (JSON lines)
     */
    public record Output(String view, String format, String argument, String connection, String tempArgument,
                         List<String> partitionBy, String mode, Integer files, Boolean skipWhenEmpty, String schema,
                         String expected) {
        public Output {
            partitionBy = partitionBy == null ? List.of() : List.copyOf(partitionBy);
            skipWhenEmpty = Boolean.TRUE.equals(skipWhenEmpty);
        }
    }

    /** @param runTs the sample run's clock (UTC, ISO-8601): job_run.run_ts and its date job_run.as_of_date */
    public record Sample(String runTs) {
    }

    /** Arguments Glue must receive: the required ones, with {@code --}. */
    public List<String> requiredArgumentKeys() {
        return arguments.entrySet().stream().filter(e -> e.getValue().required()).map(e -> "--" + e.getKey()).toList();
    }

    /** Address role: the name with {@code _} for {@code -} ({@code aws_glue_job.glue_<role>}). */
    public String role() {
        return name.replace('-', '_');
    }
}
