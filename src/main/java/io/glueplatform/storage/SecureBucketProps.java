package io.glueplatform.storage;

import java.util.List;

/**
 * @param bucketName     globally unique name
 * @param kmsKeyArn      SSE-KMS key; null means SSE-S3, which only the access-log bucket may use
 *                       (S3 server access logging cannot deliver to SSE-KMS buckets)
 * @param forceDestroy   allow destroying a non-empty bucket (dev only)
 * @param lifecycleRules rules beyond the always-on multipart cleanup
 * @param accessLogs     where server access logs go; null for the log bucket itself
 * @param receivesAccessLogsFromAccount for the access-log bucket: the account whose buckets may deliver logs here
 */
public record SecureBucketProps(String bucketName, String kmsKeyArn, boolean forceDestroy,
                                List<LifecycleRule> lifecycleRules, AccessLogTarget accessLogs,
                                String receivesAccessLogsFromAccount) {

    /**
     * Destination of server access logs: a bucket id, a key prefix, and the resource that lets the logging
     * service write there (its bucket policy). S3 refuses PutBucketLogging until that policy exists
     * (InvalidTargetBucketForLogging), so the logging configuration depends on it.
     */
    public record AccessLogTarget(String bucketId, String prefix, com.hashicorp.cdktf.ITerraformDependable deliveryPermission) {
    }

    public SecureBucketProps {
        if (bucketName == null || bucketName.isBlank()) {
            throw new IllegalArgumentException("storage: bucketName is required");
        }
        lifecycleRules = lifecycleRules == null ? List.of() : List.copyOf(lifecycleRules);
    }
}
