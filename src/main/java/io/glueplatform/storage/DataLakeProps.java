package io.glueplatform.storage;

import io.glueplatform.cdk.Required;
import io.glueplatform.config.StorageConfig;
import io.glueplatform.kms.PlatformKey;

/**
 * What the data lake needs.
 *
 * @param bucketNames globally unique bucket names by purpose; required
 * @param storage     version expiry and force destroy; null: {@link StorageConfig#defaults()} (versions kept, no force destroy)
 * @param accountId   the account whose buckets may deliver server access logs to the access-log bucket; required
 * @param key         SSE-KMS key of the data buckets; required
 */
public record DataLakeProps(BucketNames bucketNames, StorageConfig storage, String accountId, PlatformKey key) {

    /** Globally unique bucket names by purpose ({@code lake}, {@code scripts}, {@code outputs}, {@code access-logs}). */
    @FunctionalInterface
    public interface BucketNames {
        String bucketName(String purpose);
    }

    public DataLakeProps {
        Required.all("storage", "bucketNames", bucketNames, "accountId", accountId, "key", key);
        storage = storage == null ? StorageConfig.defaults() : storage;
    }

    public String bucketName(String purpose) {
        return bucketNames.bucketName(purpose);
    }
}
