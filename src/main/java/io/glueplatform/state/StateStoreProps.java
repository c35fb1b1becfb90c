package io.glueplatform.state;

/**
 * @param bucketName    the state bucket (the environment's backend.bucket)
 * @param kmsKeyArn     encrypts state objects and the lock table
 * @param lockTableName DynamoDB lock table, or null when Terraform's S3 lock file is used alone
 */
public record StateStoreProps(String bucketName, String kmsKeyArn, String lockTableName) {
}
