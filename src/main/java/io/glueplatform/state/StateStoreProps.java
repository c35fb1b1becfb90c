package io.glueplatform.state;

/**
 * @param bucketName    the state bucket (the environment's backend.bucket)
 * @param kmsKeyArn     encrypts state objects and the lock table
 * @param lockTableName DynamoDB lock table, or null when Terraform's S3 lock file is used alone
 * @param accountId     the account whose buckets may deliver server access logs to the state's access-log bucket
 */
public record StateStoreProps(String bucketName, String kmsKeyArn, String lockTableName, String accountId) {

    /** The state bucket's access logs go to {@code <bucketName>-access-logs} (S3 names: at most 63 characters). */
    public String accessLogBucketName() {
        String name = bucketName + "-access-logs";
        if (name.length() > 63) {
            throw new IllegalArgumentException("state: access-log bucket name '" + name + "' is longer than 63 characters;"
                    + " allowed: a backend.bucket of at most 51 characters");
        }
        return name;
    }
}
