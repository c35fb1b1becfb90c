package io.glueplatform.config;

import java.util.List;

/** {@code glue}: settings every Glue job of the pipeline gets. */
final class GlueRules implements SectionRules {

    static final List<String> VERSIONS = List.of("3.0", "4.0", "5.0");
    static final List<String> WORKER_TYPES = List.of("G.1X", "G.2X", "G.4X", "G.8X");
    private static final List<String> EXECUTION_CLASSES = List.of("STANDARD", "FLEX");
    private static final List<String> FLEX_WORKER_TYPES = List.of("G.1X", "G.2X");

    @Override
    public void check(EnvironmentConfig env, Problems problems) {
        GlueConfig glue = env.glue();
        problems.oneOf("glue.version", glue.version(), VERSIONS);
        problems.oneOf("glue.workerType", glue.workerType(), WORKER_TYPES);
        problems.oneOf("glue.executionClass", glue.executionClass(), EXECUTION_CLASSES);
        if (problems.range("glue.numberOfWorkers", glue.numberOfWorkers(), 2, 299, "")) {
            // Glue's NumberOfWorkers: "The maximum number of workers you can define is 299 for G.1X, and 149 for G.2X."
            if ("G.2X".equals(glue.workerType()) && glue.numberOfWorkers() > 149) {
                problems.add("glue.numberOfWorkers", glue.numberOfWorkers() + " is not allowed with G.2X workers; allowed: 2 to 149");
            }
        }
        problems.range("glue.timeoutMinutes", glue.timeoutMinutes(), 1, 2880, "");
        problems.range("glue.maxRetries", glue.maxRetries(), 0, 10, "");
        if ("FLEX".equals(glue.executionClass()) && WORKER_TYPES.contains(glue.workerType())
                && !FLEX_WORKER_TYPES.contains(glue.workerType())) {
            problems.add("glue.executionClass", "'FLEX' is not available with glue.workerType " + glue.workerType()
                    + "; allowed: FLEX with " + String.join(" or ", FLEX_WORKER_TYPES) + " workers (Glue 3.0+ glueetl), STANDARD with any worker type");
        }
    }
}
