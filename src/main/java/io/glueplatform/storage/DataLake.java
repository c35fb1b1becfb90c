package io.glueplatform.storage;

import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.Outputs;
import io.glueplatform.cdk.PlatformConstruct;
import io.glueplatform.config.StorageConfig;
import software.constructs.Construct;

import java.util.List;

/**
 * The platform's buckets, each with one job: the data lake ({@code raw/ processed/ curated/ logs/}),
 * Glue scripts and scratch space ({@code scripts/ temp/ spark-logs/}), Glue outputs (reports), and the
 * server access log bucket the other three log to.
 */
public final class DataLake extends PlatformConstruct {

    public static final String RAW = "raw/";
    public static final String PROCESSED = "processed/";
    public static final String CURATED = "curated/";
    public static final String LOGS = "logs/";
    public static final String SCRIPTS = "scripts/";
    public static final String TEMP = "temp/";
    public static final String SPARK_LOGS = "spark-logs/";
    public static final String OUTPUTS = "outputs/";

    private final SecureBucket lake;
    private final SecureBucket scripts;
    private final SecureBucket outputs;
    private final SecureBucket accessLogs;

    public DataLake(Construct scope, Naming naming, DataLakeProps props) {
        super(scope, "storage");
        StorageConfig storage = props.storage();
        String kmsKeyArn = props.key().arn();
        LifecycleRule noncurrent = LifecycleRule.noncurrentVersions(storage.noncurrentVersionExpirationDays());

        // Server access logs cannot be delivered to an SSE-KMS bucket, so this one alone uses SSE-S3.
        this.accessLogs = new SecureBucket(this, naming, "access-logs", new SecureBucketProps(props.bucketName("access-logs"), null,
                storage.forceDestroy(), List.of(noncurrent, new LifecycleRule("expire-access-logs", "", List.of(), 365, null)),
                null, props.accountId()));
        this.lake = new SecureBucket(this, naming, "lake", new SecureBucketProps(props.bucketName("lake"), kmsKeyArn,
                storage.forceDestroy(), List.of(noncurrent,
                new LifecycleRule("raw-to-infrequent-access", RAW,
                        List.of(new LifecycleRule.Transition(30, "STANDARD_IA"), new LifecycleRule.Transition(90, "GLACIER_IR")), null, null),
                new LifecycleRule("processed-to-infrequent-access", PROCESSED,
                        List.of(new LifecycleRule.Transition(60, "STANDARD_IA")), null, null),
                new LifecycleRule("expire-logs-zone", LOGS, List.of(), 365, null)),
                logTo("lake"), null));
        this.scripts = new SecureBucket(this, naming, "scripts", new SecureBucketProps(props.bucketName("scripts"), kmsKeyArn,
                storage.forceDestroy(), List.of(noncurrent,
                new LifecycleRule("expire-temp", TEMP, List.of(), 7, 1),
                new LifecycleRule("expire-spark-logs", SPARK_LOGS, List.of(), 30, 1)),
                logTo("scripts"), null));
        this.outputs = new SecureBucket(this, naming, "outputs", new SecureBucketProps(props.bucketName("outputs"), kmsKeyArn,
                storage.forceDestroy(), List.of(noncurrent), logTo("outputs"), null));
        Outputs.add(this, "lake_bucket", lake.name(), "Data lake bucket (raw/ processed/ curated/ logs/)");
        Outputs.add(this, "scripts_bucket", scripts.name(), "Glue scripts and scratch bucket");
        Outputs.add(this, "outputs_bucket", outputs.name(), "Glue outputs bucket (data quality reports under outputs/)");
    }

    private SecureBucketProps.AccessLogTarget logTo(String purpose) {
        return new SecureBucketProps.AccessLogTarget(accessLogs.id(), purpose + "/", accessLogs.policy());
    }

    public SecureBucket lake() {
        return lake;
    }

    public SecureBucket scripts() {
        return scripts;
    }

    public SecureBucket outputs() {
        return outputs;
    }

    public SecureBucket accessLogs() {
        return accessLogs;
    }

    public List<SecureBucket> buckets() {
        return List.of(lake, scripts, outputs, accessLogs);
    }
}
