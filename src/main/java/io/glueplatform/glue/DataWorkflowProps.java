package io.glueplatform.glue;

import io.glueplatform.cdk.Required;

/**
 * What the data workflow needs, built with {@link #builder()}. Required: pipeline (catalog, security configuration,
 * NETWORK connections, job role, lake, key and the job catalog come from it). Defaults: 2 workers per job (2 DPU, the
 * seed's "2 DPU max capacity"), log retention 30 days.
 */
public final class DataWorkflowProps {

    private final GluePipeline pipeline;
    private final int workers;
    private final int logRetentionDays;

    private DataWorkflowProps(Builder builder) {
        this.pipeline = Required.value(builder.pipeline, "glue workflow", "pipeline");
        this.workers = builder.workers;
        this.logRetentionDays = builder.logRetentionDays;
        if (workers < 2) {
            throw new IllegalArgumentException("glue workflow: workers " + workers + " is not allowed; allowed: 2 or more (Glue's minimum)");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public GluePipeline pipeline() {
        return pipeline;
    }

    /** G.1X workers per job. */
    public int workers() {
        return workers;
    }

    /** Retention of the crawler log group. */
    public int logRetentionDays() {
        return logRetentionDays;
    }

    public static final class Builder {
        private GluePipeline pipeline;
        private int workers = 2;
        private int logRetentionDays = 30;

        private Builder() {
        }

        public Builder pipeline(GluePipeline pipeline) {
            this.pipeline = pipeline;
            return this;
        }

        public Builder workers(int workers) {
            this.workers = workers;
            return this;
        }

        public Builder logRetentionDays(int logRetentionDays) {
            this.logRetentionDays = logRetentionDays;
            return this;
        }

        public DataWorkflowProps build() {
            return new DataWorkflowProps(this);
        }
    }
}
