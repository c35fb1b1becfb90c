package io.glueplatform.config;

/**
 * Settings shared by the Glue jobs of the pipeline.
 *
 * @param version            Glue version, default 4.0
 * @param workerType         default G.1X
 * @param numberOfWorkers    default 2 (Glue's minimum for glueetl)
 * @param timeoutMinutes     default 60
 * @param maxRetries         default 1
 * @param executionClass     STANDARD (default) or FLEX
 * @param runInVpc           default true: jobs get the NETWORK connections. false is the fix document's
 *                           backward-compatible path (no VPC access, so no JDBC source either)
 * @param catalogDatabaseName default {@code <env>_data_lake_catalog}
 */
public record GlueConfig(
        String version,
        String workerType,
        Integer numberOfWorkers,
        Integer timeoutMinutes,
        Integer maxRetries,
        String executionClass,
        Boolean runInVpc,
        String catalogDatabaseName) {

    public GlueConfig {
        version = version == null ? "4.0" : version;
        workerType = workerType == null ? "G.1X" : workerType;
        numberOfWorkers = numberOfWorkers == null ? 2 : numberOfWorkers;
        timeoutMinutes = timeoutMinutes == null ? 60 : timeoutMinutes;
        maxRetries = maxRetries == null ? 1 : maxRetries;
        executionClass = executionClass == null ? "STANDARD" : executionClass;
        runInVpc = runInVpc == null ? Boolean.TRUE : runInVpc;
    }

    public static GlueConfig defaults() {
        return new GlueConfig(null, null, null, null, null, null, null, null);
    }
}
