package io.glueplatform.state;

import io.glueplatform.cdk.Required;
import io.glueplatform.config.BackendConfig;
import io.glueplatform.kms.PlatformKey;

/**
 * What the state store needs; every value is required.
 *
 * @param environment whose state it holds
 * @param backend     the environment's S3 backend: bucket, and the DynamoDB lock table or none (S3 lock file alone)
 * @param key         encrypts state objects and the lock table
 * @param accountId   the account whose buckets may deliver server access logs to the state's access-log bucket
 */
public record StateStoreProps(String environment, BackendConfig backend, PlatformKey key, String accountId) {

    public StateStoreProps {
        Required.value(environment, "state", "environment");
        Required.value(backend, "state", "backend");
        Required.value(backend.bucket(), "state", "backend.bucket");
        Required.value(key, "state", "key");
        Required.value(accountId, "state", "accountId");
    }

    public String bucketName() {
        return backend.bucket();
    }

    public String kmsKeyArn() {
        return key.arn();
    }

    /** DynamoDB lock table, or null. */
    public String lockTableName() {
        return backend.dynamodbTable();
    }

    /** The state bucket's access logs go to {@code <bucketName>-access-logs} (S3 names: at most 63 characters). */
    public String accessLogBucketName() {
        String name = bucketName() + "-access-logs";
        if (name.length() > 63) {
            throw new IllegalArgumentException("state: access-log bucket name '" + name + "' is longer than 63 characters;"
                    + " allowed: a backend.bucket of at most 51 characters");
        }
        return name;
    }
}
