package io.glueplatform.storage;

import io.glueplatform.cdk.Required;
import io.glueplatform.config.StorageConfig;
import io.glueplatform.kms.PlatformKey;

/**
 * What the data lake needs, built with {@link #builder()}. Required: bucketNames, accountId, key. Default storage:
 * {@link StorageConfig#defaults()} (versions kept, no force destroy).
 */
public final class DataLakeProps {

    /** Globally unique bucket names by purpose ({@code lake}, {@code scripts}, {@code outputs}, {@code access-logs}). */
    @FunctionalInterface
    public interface BucketNames {
        String bucketName(String purpose);
    }

    private final BucketNames bucketNames;
    private final StorageConfig storage;
    private final String accountId;
    private final PlatformKey key;

    private DataLakeProps(Builder builder) {
        this.bucketNames = Required.value(builder.bucketNames, "storage", "bucketNames");
        this.storage = builder.storage;
        this.accountId = Required.value(builder.accountId, "storage", "accountId");
        this.key = Required.value(builder.key, "storage", "key");
    }

    public static Builder builder() {
        return new Builder();
    }

    public String bucketName(String purpose) {
        return bucketNames.bucketName(purpose);
    }

    /** Version expiry and force destroy. */
    public StorageConfig storage() {
        return storage;
    }

    /** The account whose buckets may deliver server access logs to the access-log bucket. */
    public String accountId() {
        return accountId;
    }

    /** SSE-KMS key of the data buckets. */
    public PlatformKey key() {
        return key;
    }

    public static final class Builder {
        private BucketNames bucketNames;
        private StorageConfig storage = StorageConfig.defaults();
        private String accountId;
        private PlatformKey key;

        private Builder() {
        }

        public Builder bucketNames(BucketNames bucketNames) {
            this.bucketNames = bucketNames;
            return this;
        }

        public Builder storage(StorageConfig storage) {
            this.storage = storage;
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        public Builder key(PlatformKey key) {
            this.key = key;
            return this;
        }

        public DataLakeProps build() {
            return new DataLakeProps(this);
        }
    }
}
