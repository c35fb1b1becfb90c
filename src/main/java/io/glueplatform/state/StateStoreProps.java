package io.glueplatform.state;

import io.glueplatform.cdk.Required;
import io.glueplatform.kms.PlatformKey;

/**
 * What the state store needs, built with {@link #builder()}. Required: environment (whose state it holds), bucketName
 * (the environment's backend.bucket), key (encrypts state objects and the lock table), accountId (whose buckets may
 * deliver server access logs to the state's access-log bucket). Default: no DynamoDB lock table (Terraform's S3 lock
 * file alone).
 */
public final class StateStoreProps {

    private final String environment;
    private final String bucketName;
    private final PlatformKey key;
    private final String lockTableName;
    private final String accountId;

    private StateStoreProps(Builder builder) {
        this.environment = Required.value(builder.environment, "state", "environment");
        this.bucketName = Required.value(builder.bucketName, "state", "bucketName");
        this.key = Required.value(builder.key, "state", "key");
        this.accountId = Required.value(builder.accountId, "state", "accountId");
        this.lockTableName = builder.lockTableName;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String environment() {
        return environment;
    }

    public String bucketName() {
        return bucketName;
    }

    public String kmsKeyArn() {
        return key.arn();
    }

    /** DynamoDB lock table, or null. */
    public String lockTableName() {
        return lockTableName;
    }

    public String accountId() {
        return accountId;
    }

    /** The state bucket's access logs go to {@code <bucketName>-access-logs} (S3 names: at most 63 characters). */
    public String accessLogBucketName() {
        String name = bucketName + "-access-logs";
        if (name.length() > 63) {
            throw new IllegalArgumentException("state: access-log bucket name '" + name + "' is longer than 63 characters;"
                    + " allowed: a backend.bucket of at most 51 characters");
        }
        return name;
    }

    public static final class Builder {
        private String environment;
        private String bucketName;
        private PlatformKey key;
        private String lockTableName;
        private String accountId;

        private Builder() {
        }

        public Builder environment(String environment) {
            this.environment = environment;
            return this;
        }

        public Builder bucketName(String bucketName) {
            this.bucketName = bucketName;
            return this;
        }

        public Builder key(PlatformKey key) {
            this.key = key;
            return this;
        }

        public Builder lockTableName(String lockTableName) {
            this.lockTableName = lockTableName;
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        public StateStoreProps build() {
            return new StateStoreProps(this);
        }
    }
}
