package io.glueplatform.config;

/**
 * S3 settings.
 *
 * @param forceDestroy                   let {@code terraform destroy} delete non-empty buckets; default false
 * @param noncurrentVersionExpirationDays how long old object versions are kept; default 90
 */
public record StorageConfig(Boolean forceDestroy, Integer noncurrentVersionExpirationDays) {

    public StorageConfig {
        forceDestroy = forceDestroy == null ? Boolean.FALSE : forceDestroy;
        noncurrentVersionExpirationDays = noncurrentVersionExpirationDays == null ? 90 : noncurrentVersionExpirationDays;
    }

    public static StorageConfig defaults() {
        return new StorageConfig(null, null);
    }
}
