package io.glueplatform.glue.spark;

import io.glueplatform.glue.JobCatalog;
import io.glueplatform.glue.JobManifest;
import io.glueplatform.testing.Repo;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code make run-job JOB=<name> [INPUT=<path>|<input>=<path>,...] [OUTPUT=<dir>]}: one job's SQL on local Spark over
 * its sample data (or the given files), writing its outputs under OUTPUT (default target/run-job/<job>) and
 * printing each output's schema, row count and first rows. Exit 0: ran; 1: the job's verdict failed it (failOn rows,
 * printed); 2: bad usage or input (one sentence).
 */
public final class RunJob {

    private static final int SHOWN_ROWS = 20;

    private RunJob() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        JobCatalog catalog;
        try {
            catalog = JobCatalog.load(Repo.scripts());
            if (args.length < 1 || args[0].isBlank()) {
                throw new JobCatalog.InvalidJobException("JOB is required; allowed: " + catalog.jobs().keySet());
            }
        } catch (JobCatalog.InvalidJobException e) {
            System.err.println("run-job: " + e.getMessage());
            return 2;
        }
        try {
            String job = args[0];
            JobManifest manifest = catalog.job(job);
            String input = args.length > 1 ? args[1] : "";
            Path output = args.length > 2 && !args[2].isBlank() ? Path.of(args[2]) : Repo.root().resolve("target/run-job/" + job);
            JobRunner runner = new JobRunner(LocalSpark.session(), catalog);
            Map<String, Dataset<Row>> inputs = runner.sampleInputs(job);
            localInputs(manifest, input).forEach((name, path) -> inputs.put(name, runner.readLocal(job, name, path)));

            long start = System.nanoTime();
            JobRunner.Result result = runner.run(job, inputs, Map.of());
            Map<String, Path> written = runner.write(result, output.toAbsolutePath());
            for (Map.Entry<String, Dataset<Row>> entry : result.outputs().entrySet()) {
                Dataset<Row> data = entry.getValue();
                System.out.println("== " + job + " output " + entry.getKey() + " -> "
                        + (written.containsKey(entry.getKey()) ? written.get(entry.getKey()) : "(no rows, nothing written)"));
                data.printSchema();
                System.out.println("rows: " + data.count());
                data.show(SHOWN_ROWS, false);
            }
            System.out.printf("%s ran in %.1f s%n", job, (System.nanoTime() - start) / 1e9);
            if (result.failed()) {
                System.err.println("run-job: " + job + " failed its verdict (" + manifest.failOn() + "): " + String.join(", ", result.failures()));
                return 1;
            }
            return 0;
        } catch (JobCatalog.InvalidJobException | JobRunner.InvalidInputException e) {
            System.err.println("run-job: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            // Scala throws AnalysisException without declaring it (SQL that does not fit the input's columns).
            if (e instanceof org.apache.spark.sql.AnalysisException analysis) {
                System.err.println("run-job: " + args[0] + ": Spark cannot run the job's SQL on this input: " + analysis.getSimpleMessage());
                return 2;
            }
            throw e;
        }
    }

    /** INPUT: a path for a job with one input, or {@code <input>=<path>,...}; empty: the samples. */
    static Map<String, Path> localInputs(JobManifest job, String spec) {
        Map<String, Path> inputs = new LinkedHashMap<>();
        if (spec.isBlank()) {
            return inputs;
        }
        List<String> names = job.inputs().stream().map(JobManifest.Input::name).toList();
        for (String part : spec.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                if (names.size() != 1) {
                    throw new JobRunner.InvalidInputException("INPUT '" + part + "': job " + job.name() + " has inputs " + names
                            + "; allowed: <input>=<path>,... naming each");
                }
                inputs.put(names.get(0), Path.of(part));
            } else {
                inputs.put(part.substring(0, eq), Path.of(part.substring(eq + 1)));
            }
        }
        return inputs;
    }
}
