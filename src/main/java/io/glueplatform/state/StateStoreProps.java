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
        Required.all("state", "environment", environment, "backend", backend);
        Required.all("state", "backend.bucket", backend.bucket(), "key", key, "accountId", accountId);
    }

    /** The state bucket's access logs go to {@code <bucketName>-access-logs} (S3 names: at most 63 characters). */
    public String accessLogBucketName() {
        String name = backend.bucket() + "-access-logs";
        if (name.length() > 63) {
            throw new IllegalArgumentException("state: access-log bucket name '" + name + "' is longer than 63 characters;"
                    + " allowed: a backend.bucket of at most 51 characters");
        }
        return name;
    }
}
