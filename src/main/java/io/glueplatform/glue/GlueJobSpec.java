package io.glueplatform.glue;

import java.util.List;
import java.util.Map;

/**
 * One Glue ETL job, as {@link JobCatalog} reads it from {@code glue-scripts/<job>/job.json}.
 *
 * @param role                address role and short name, e.g. {@code customer_data_cleansing}
 * @param jobName             name without the environment prefix, e.g. {@code customer-data-cleansing}
 * @param scriptFile          the driver, relative to glue-scripts/ ({@code <job>/<driver>.py})
 * @param description         shown in the console
 * @param arguments           script arguments ({@code --TARGET_PATH}, ...) with their values; VPC settings are refused here
 * @param timeoutMinutes      null uses the environment's glue.timeoutMinutes
 * @param numberOfWorkers     null uses the environment's glue.numberOfWorkers
 * @param connectionArguments arguments whose value is a Glue connection's name, by the store it connects to
 *                            ({@code --SOURCE_CONNECTION} → {@link StoreKind#MYSQL}); the job lists those connections, and
 *                            the pipeline refuses a job whose store the environment does not have
 */
public record GlueJobSpec(String role, String jobName, String scriptFile, String description, Map<String, String> arguments,
                          Integer timeoutMinutes, Integer numberOfWorkers, Map<String, StoreKind> connectionArguments) {

    /**
     * Job arguments that look like VPC settings. Glue ignores them: a job joins a VPC only through the
     * NETWORK/JDBC connections listed in its {@code connections} (the "Connection refused" incident).
     */
    static final List<String> VPC_ARGUMENT_PREFIXES = List.of("--vpc", "--subnet", "--security-group");

    public GlueJobSpec {
        arguments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
        connectionArguments = connectionArguments == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(connectionArguments));
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(arguments.keySet());
        keys.addAll(connectionArguments.keySet());
        for (String key : keys) {
            if (!key.startsWith("--")) {
                throw new IllegalArgumentException("glue job " + jobName + ": argument '" + key + "' must start with --");
            }
            if (VPC_ARGUMENT_PREFIXES.stream().anyMatch(key.toLowerCase()::startsWith)) {
                throw new IllegalArgumentException("glue job " + jobName + ": argument '" + key + "' tries to configure the VPC;"
                        + " Glue ignores it. A job reaches a VPC only through NETWORK/JDBC connections in its connections list"
                        + " (GluePipeline attaches them; set glue.runInVpc in the environment)");
            }
        }
    }

    /** The stores this job reads or writes, in argument order, each once. */
    public java.util.Set<StoreKind> stores() {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(connectionArguments.values()));
    }

    /** The S3 key of the uploaded driver: {@code scripts/<file name>} (the key of the scripts before job folders, kept for state). */
    public String scriptKey() {
        return io.glueplatform.storage.DataLake.SCRIPTS + java.nio.file.Path.of(scriptFile).getFileName();
    }
}
