package io.glueplatform.iam;

/**
 * @param partition ARN partition
 * @param region    for log group ARNs
 * @param accountId for log group ARNs
 * @param kmsKeyArn the platform key roles may use
 */
public record IamProps(String partition, String region, String accountId, String kmsKeyArn) {
}
