package io.glueplatform.glue;

import io.glueplatform.config.GlueConfig;
import io.glueplatform.iam.Role;
import io.glueplatform.storage.DataLake;

import java.nio.file.Path;
import java.util.List;

/**
 * @param settings         Glue version, retries and execution class shared with the pipeline
 * @param workers          G.1X workers per job; 2 workers = 2 DPU, the seed's "2 DPU max capacity"
 * @param pipeline         the Foundation's Glue module: catalog, security configuration, NETWORK connections
 * @param role             the Glue role (jobs and crawlers)
 * @param lake             buckets: crawler targets, job paths, scripts, reports
 * @param scriptsDir       local glue-scripts/ folder
 * @param jobs             the workflow's jobs; the first is started by the workflow, the second after it succeeds
 * @param kmsKeyArn        encrypts the script objects and the crawler log group
 * @param logRetentionDays retention of the crawler log group
 */
public record DataWorkflowProps(GlueConfig settings, int workers, GluePipeline pipeline, Role role, DataLake lake, Path scriptsDir,
                                List<GlueJobSpec> jobs, String kmsKeyArn, int logRetentionDays) {

    public DataWorkflowProps {
        jobs = List.copyOf(jobs);
        if (jobs.size() != 2) {
            throw new IllegalArgumentException("glue workflow: needs exactly two jobs (processing, then quality), got " + jobs.size());
        }
        if (workers < 2) {
            throw new IllegalArgumentException("glue workflow: workers " + workers + " is not allowed; allowed: 2 or more (Glue's minimum)");
        }
    }
}
