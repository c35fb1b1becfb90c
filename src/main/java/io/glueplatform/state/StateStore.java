package io.glueplatform.state;

import com.hashicorp.cdktf.TerraformResourceLifecycle;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTable;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTableAttribute;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTableConfig;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTablePointInTimeRecovery;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTableServerSideEncryption;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.Outputs;
import io.glueplatform.cdk.PlatformModule;
import io.glueplatform.storage.LifecycleRule;
import io.glueplatform.storage.SecureBucket;
import io.glueplatform.storage.SecureBucketProps;
import software.constructs.Construct;

import java.util.List;

/**
 * Remote state for an environment: a versioned, KMS-encrypted, public-access-blocked, TLS-only bucket
 * (old state versions kept a year, so a bad apply can be rolled back) and, when configured, a DynamoDB
 * lock table. Never force-destroyed.
 */
public final class StateStore extends PlatformModule {

    private final SecureBucket bucket;

    public StateStore(Construct scope, Naming naming, StateStoreProps props) {
        super(scope, "state", naming);
        // State holds every resource's attributes: who read or wrote it is worth a log of its own.
        SecureBucket accessLogs = new SecureBucket(this, naming, "tfstate-access-logs", new SecureBucketProps(props.accessLogBucketName(),
                null, false, List.of(LifecycleRule.noncurrentVersions(90)), null, props.accountId()));
        this.bucket = new SecureBucket(this, naming, "tfstate", new SecureBucketProps(props.backend().bucket(), props.key().arn(), false,
                List.of(LifecycleRule.noncurrentVersions(365)),
                new SecureBucketProps.AccessLogTarget(accessLogs.id(), "tfstate/", accessLogs.policy()), null));
        if (props.backend().dynamodbTable() != null) {
            add("lock", id -> new DynamodbTable(this, id, DynamodbTableConfig.builder()
                    .name(props.backend().dynamodbTable())
                    .billingMode("PAY_PER_REQUEST")
                    .hashKey("LockID")
                    .attribute(List.of(DynamodbTableAttribute.builder().name("LockID").type("S").build()))
                    .serverSideEncryption(DynamodbTableServerSideEncryption.builder().enabled(true).kmsKeyArn(props.key().arn()).build())
                    .pointInTimeRecovery(DynamodbTablePointInTimeRecovery.builder().enabled(true).build())
                    .deletionProtectionEnabled(true)
                    .tags(tags("lock"))
                    .lifecycle(TerraformResourceLifecycle.builder().preventDestroy(true).build())
                    .build()));
        }
        Outputs.add(this, "state_bucket", bucket.name(), "S3 backend bucket of " + props.environment());
    }

    public String bucketName() {
        return bucket.name();
    }
}
