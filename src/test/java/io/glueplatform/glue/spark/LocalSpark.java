package io.glueplatform.glue.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.glueplatform.testing.Repo;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * One local Spark session per JVM, shared by every Spark test class and {@link RunJob}: starting one costs
 * seconds, running a job's SQL on sample data well under one. local[2] (this machine's cores), no UI, two
 * shuffle partitions (the samples are tiny), and the Spark settings every Glue job gets from
 * glue_common/spark.json (network timeout, UTC session zone, ANSI off).
 */
public final class LocalSpark {

    private static SparkSession session;
    private static JobRunner runner;

    private LocalSpark() {
    }

    public static synchronized SparkSession session() {
        if (session == null) {
            session = start(Repo.scripts().resolve("glue_common/spark.json"), Repo.root().resolve("target/spark"));
        }
        return session;
    }

    /** A runner over glue-scripts/ on the shared session. */
    public static synchronized JobRunner runner() {
        if (runner == null) {
            runner = new JobRunner(session(), io.glueplatform.glue.JobCatalog.load(Repo.scripts()));
        }
        return runner;
    }

    static SparkSession start(Path settingsFile, Path workDir) {
        JsonNode settings;
        try {
            settings = new ObjectMapper().readTree(settingsFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + settingsFile, e);
        }
        SparkSession.Builder builder = SparkSession.builder()
                .master("local[2]")
                .appName("glue-jobs-local")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.warehouse.dir", workDir.resolve("warehouse").toAbsolutePath().toString());
        settings.path("sparkConf").fields().forEachRemaining(e -> builder.config(e.getKey(), e.getValue().asText()));
        settings.path("sqlConf").fields().forEachRemaining(e -> builder.config(e.getKey(), e.getValue().asText()));
        return builder.getOrCreate();
    }
}
