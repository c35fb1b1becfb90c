package io.glueplatform.glue;

import io.glueplatform.cdk.Required;

/**
 * What the data workflow needs.
 *
 * @param pipeline the Foundation's Glue pipeline, required: catalog, security configuration, NETWORK connections, job
 *                 role, lake, key, job catalog and log retention come from it
 * @param workers  G.1X workers per job; 2 workers = 2 DPU, the seed's "2 DPU max capacity"
 */
public record DataWorkflowProps(GluePipeline pipeline, int workers) {

    public DataWorkflowProps {
        Required.value(pipeline, "glue workflow", "pipeline");
        if (workers < 2) {
            throw new IllegalArgumentException("glue workflow: workers " + workers + " is not allowed; allowed: 2 or more (Glue's minimum)");
        }
    }

    /** Retention of the crawler log group: the pipeline's. */
    public int logRetentionDays() {
        return pipeline.logRetentionDays();
    }
}
