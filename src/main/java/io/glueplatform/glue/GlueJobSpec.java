package io.glueplatform.glue;

import java.util.List;
import java.util.Map;

/**
 * One Glue ETL job of a pipeline.
 *
 * @param role            address role and short name, e.g. {@code customer_data_cleansing}
 * @param jobName         name without the environment prefix, e.g. {@code customer-data-cleansing}
 * @param scriptFile      file in glue-scripts/
 * @param description     shown in the console
 * @param arguments       script arguments ({@code --TARGET_PATH}, ...); VPC settings are refused here
 * @param timeoutMinutes  null uses the environment's glue.timeoutMinutes
 * @param numberOfWorkers null uses the environment's glue.numberOfWorkers
 * @param usesDatabase    attaches the JDBC connection; the job is left out when Glue runs outside the VPC
 * @param stores          external stores ({@link GluePipelineProps.ExternalStore#name()}) whose JDBC connections the
 *                        job lists, in this order, after the Glue VPC's connections; the job is left out when one
 *                        of them is not configured
 */
public record GlueJobSpec(String role, String jobName, String scriptFile, String description, Map<String, String> arguments,
                          Integer timeoutMinutes, Integer numberOfWorkers, boolean usesDatabase, List<String> stores) {

    public GlueJobSpec(String role, String jobName, String scriptFile, String description, Map<String, String> arguments,
                       Integer timeoutMinutes, Integer numberOfWorkers, boolean usesDatabase) {
        this(role, jobName, scriptFile, description, arguments, timeoutMinutes, numberOfWorkers, usesDatabase, List.of());
    }

    /**
     * Job arguments that look like VPC settings. Glue ignores them: a job joins a VPC only through the
     * NETWORK/JDBC connections listed in its {@code connections} (the "Connection refused" incident).
     */
    static final List<String> VPC_ARGUMENT_PREFIXES = List.of("--vpc", "--subnet", "--security-group");

    public GlueJobSpec {
        arguments = Map.copyOf(arguments);
        stores = stores == null ? List.of() : List.copyOf(stores);
        for (String key : arguments.keySet()) {
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
}
