package io.glueplatform.glue;

import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroup;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroupConfig;
import com.hashicorp.cdktf.providers.aws.glue_crawler.GlueCrawler;
import com.hashicorp.cdktf.providers.aws.glue_crawler.GlueCrawlerConfig;
import com.hashicorp.cdktf.providers.aws.glue_crawler.GlueCrawlerS3Target;
import com.hashicorp.cdktf.providers.aws.glue_crawler.GlueCrawlerSchemaChangePolicy;
import com.hashicorp.cdktf.providers.aws.glue_job.GlueJob;
import com.hashicorp.cdktf.providers.aws.glue_trigger.GlueTrigger;
import com.hashicorp.cdktf.providers.aws.glue_trigger.GlueTriggerActions;
import com.hashicorp.cdktf.providers.aws.glue_trigger.GlueTriggerConfig;
import com.hashicorp.cdktf.providers.aws.glue_trigger.GlueTriggerPredicate;
import com.hashicorp.cdktf.providers.aws.glue_trigger.GlueTriggerPredicateConditions;
import com.hashicorp.cdktf.providers.aws.glue_workflow.GlueWorkflow;
import com.hashicorp.cdktf.providers.aws.glue_workflow.GlueWorkflowConfig;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.Outputs;
import io.glueplatform.cdk.PlatformConstruct;
import io.glueplatform.cdk.PlatformModule;
import io.glueplatform.iam.Role;
import io.glueplatform.storage.DataLake;
import software.constructs.Construct;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 004's Glue workflow, next to the Foundation's pipeline (same module "glue", same catalog, security
 * configuration and NETWORK connections): crawlers for raw/ and processed/ (on demand, no schedule), the
 * data-processing and data-quality jobs, and a workflow started on demand that runs processing, then — on
 * success — quality and the processed/ crawler. Both jobs run G.1X x {@code workers} (2 = the seed's 2 DPU;
 * max_capacity cannot be combined with a worker type for glueetl) and without bookmarks (job 3 reprocesses
 * the whole raw prefix by design, see glue-scripts/README.md).
 */
public final class DataWorkflow extends PlatformModule {

    static final String WORKER_TYPE = "G.1X";
    /** The workflow a job manifest names in step.workflow to be one of its steps. */
    public static final String WORKFLOW = "data-lake";

    private final DataWorkflowProps props;
    private final Map<String, GlueJob> jobs = new LinkedHashMap<>();
    private final Map<String, GlueCrawler> crawlers = new LinkedHashMap<>();
    private final GlueWorkflow workflow;
    private final String workflowName;
    private final Map<String, String> jobNames = new LinkedHashMap<>();
    private final Map<String, String> crawlerNames = new LinkedHashMap<>();
    private final GlueJobs glueJobs;

    public DataWorkflow(Construct scope, Naming naming, DataWorkflowProps props) {
        // Own parent, module "glue": addresses read aws_glue_job.glue_data_processing like the pipeline's jobs.
        super(new PlatformConstruct.Group(scope, "glue_workflow"), "glue", naming);
        this.props = props;
        GluePipeline pipeline = props.pipeline();
        Role role = pipeline.role();
        String kmsKeyArn = pipeline.key().arn();
        this.glueJobs = new GlueJobs(this, this::add, naming, pipeline.settings(), role.arn(), pipeline.lake().scripts(), kmsKeyArn);
        DataLake lake = pipeline.lake();
        // The quality report goes to the outputs bucket; raw/ read and processed/ write are the pipeline's grants.
        lake.outputs().grantReadWrite(role, "outputs_write", DataLake.OUTPUTS);

        // Crawlers with a security configuration log here (role name + configuration name); create it with retention and key.
        add("crawler_log", id -> new CloudwatchLogGroup(this, id, CloudwatchLogGroupConfig.builder()
                .name("/aws-glue/crawlers-role/" + role.name() + "-" + pipeline.securityConfigurationName())
                .retentionInDays(props.logRetentionDays())
                .kmsKeyId(kmsKeyArn)
                .tags(tags("crawler_log"))
                .build()));
        crawler("raw", lake.lake().s3Uri(DataLake.RAW));
        crawler("processed", lake.lake().s3Uri(DataLake.PROCESSED));

        List<GlueJobSpec> steps = pipeline.catalog().workflowJobs(WORKFLOW, JobCatalog.Locations.of(lake));
        if (steps.size() != 2) {
            throw new IllegalArgumentException("glue workflow: needs exactly two jobs (processing, then quality), got " + steps.size());
        }
        for (GlueJobSpec spec : steps) {
            jobs.put(spec.role(), job(spec));
        }
        // Each name read once: a jsii round trip per read, and every read's token resolves to the same reference.
        jobs.forEach((step, job) -> jobNames.put(step, job.getName()));
        crawlers.forEach((zone, crawler) -> crawlerNames.put(zone, crawler.getName()));
        String processing = jobNames.get(steps.get(0).role());
        String quality = jobNames.get(steps.get(1).role());

        this.workflow = add("workflow", id -> new GlueWorkflow(this, id, GlueWorkflowConfig.builder()
                .name(naming.environment() + "-data-lake-workflow")
                .description("On demand: " + processing + ", then quality check and processed/ crawl on success")
                .maxConcurrentRuns(1)
                .tags(tags("workflow"))
                .build()));
        this.workflowName = workflow.getName();
        add("trigger_start", id -> new GlueTrigger(this, id, GlueTriggerConfig.builder()
                .name(naming.environment() + "-data-lake-start")
                .description("Starts the workflow on demand (no schedule: nothing runs, nothing is billed, until asked)")
                .type("ON_DEMAND")
                .workflowName(workflowName)
                .actions(List.of(GlueTriggerActions.builder().jobName(processing).build()))
                .tags(tags("trigger_start"))
                .build()));
        add("trigger_after_processing", id -> new GlueTrigger(this, id, GlueTriggerConfig.builder()
                .name(naming.environment() + "-data-lake-after-processing")
                .description("After processing succeeds: data quality check and processed/ crawl")
                .type("CONDITIONAL")
                .startOnCreation(true)
                .workflowName(workflowName)
                .predicate(GlueTriggerPredicate.builder()
                        .conditions(List.of(GlueTriggerPredicateConditions.builder()
                                .jobName(processing).state("SUCCEEDED").logicalOperator("EQUALS").build()))
                        .build())
                .actions(List.of(
                        GlueTriggerActions.builder().jobName(quality).build(),
                        GlueTriggerActions.builder().crawlerName(crawlerNames.get("processed")).build()))
                .tags(tags("trigger_after_processing"))
                .build()));
        Outputs.add(this, "glue_workflow_name", workflowName(), "Start with: aws glue start-workflow-run --name <this>");
        Outputs.add(this, "glue_workflow_job_names", jobNames(), "Data processing and data quality jobs of the workflow");
        Outputs.add(this, "glue_crawler_names", crawlerNames(), "On-demand crawlers of raw/ and processed/");
    }

    private void crawler(String zone, String path) {
        crawlers.put(zone, add("crawler_" + zone, id -> new GlueCrawler(this, id, GlueCrawlerConfig.builder()
                .name(naming().environment() + "-" + zone + "-crawler")
                .description("Catalogs s3 " + zone + "/ into " + props.pipeline().catalogDatabaseName() + " (on demand)")
                .databaseName(props.pipeline().catalogDatabaseName())
                .role(props.pipeline().role().arn())
                .tablePrefix(zone + "_")
                .s3Target(List.of(GlueCrawlerS3Target.builder().path(path).build()))
                .securityConfiguration(props.pipeline().securityConfigurationName())
                .schemaChangePolicy(GlueCrawlerSchemaChangePolicy.builder()
                        .updateBehavior("UPDATE_IN_DATABASE").deleteBehavior("LOG").build())
                .tags(tags("crawler_" + zone))
                .build())));
    }

    private GlueJob job(GlueJobSpec spec) {
        String scriptLocation = glueJobs.uploadScript(props.pipeline().catalog().root(), spec);
        // Processing rereads all of raw/ each run (dynamic overwrite + de-duplication stay correct); quality reads everything.
        Map<String, String> arguments = glueJobs.defaultArguments(spec, false, "job-bookmark-disable");
        arguments.putAll(new java.util.TreeMap<>(spec.arguments()));

        // S3-only jobs still use the Foundation's NETWORK connections: traffic stays on the S3 gateway endpoint.
        List<String> connections = props.pipeline().networkConnectionNames();
        GlueJobs.Sizing sizing = new GlueJobs.Sizing(WORKER_TYPE,
                spec.numberOfWorkers() != null ? spec.numberOfWorkers() : props.workers(), spec.timeoutMinutes());
        return glueJobs.job(spec, sizing, props.pipeline().securityConfigurationName(), connections, scriptLocation, arguments,
                props.pipeline().library());
    }

    /** Job names by role (data_processing, data_quality). */
    public Map<String, String> jobNames() {
        return Collections.unmodifiableMap(jobNames);
    }

    /** Crawler names by zone (raw, processed). */
    public Map<String, String> crawlerNames() {
        return Collections.unmodifiableMap(crawlerNames);
    }

    public String workflowName() {
        return workflowName;
    }
}
