package io.glueplatform.storage;

import io.glueplatform.config.EnvironmentConfig;

/**
 * @param environment names the buckets ({@link EnvironmentConfig#bucketName})
 * @param kmsKeyArn   SSE-KMS key of the data buckets
 */
public record DataLakeProps(EnvironmentConfig environment, String kmsKeyArn) {
}
