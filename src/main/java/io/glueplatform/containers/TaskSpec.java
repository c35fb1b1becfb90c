package io.glueplatform.containers;

/**
 * One Fargate task definition.
 *
 * @param role       address role and family suffix, e.g. {@code data_processing}
 * @param repository role of the ECR repository whose image it runs
 * @param cpu        CPU units (1024 = 1 vCPU)
 * @param memoryMb   memory in MiB
 */
public record TaskSpec(String role, String repository, int cpu, int memoryMb) {

    /** The seed's two tasks: data processing (1 vCPU / 2 GB) from data-jobs, Spark (2 vCPU / 4 GB) from spark-apps. */
    public static final TaskSpec DATA_PROCESSING = new TaskSpec("data_processing", "data_jobs", 1024, 2048);
    public static final TaskSpec SPARK_JOB = new TaskSpec("spark_job", "spark_apps", 2048, 4096);
}
