package io.glueplatform.iam;

import io.glueplatform.config.EnvironmentConfig;

/**
 * Where a component's ARNs point: partition, region and account of the environment. One typed value instead of three
 * adjacent strings in every props type.
 */
public record AwsScope(String partition, String region, String accountId) {

    public static AwsScope of(EnvironmentConfig env) {
        return new AwsScope(env.partition(), env.region(), env.accountId());
    }

    /** {@code arn:<partition>:iam::aws:policy/<path>}: an AWS managed policy, e.g. {@code service-role/AWSGlueServiceRole}. */
    public String managedPolicyArn(String path) {
        return "arn:" + partition + ":iam::aws:policy/" + path;
    }

    /** {@code arn:<partition>:logs:<region>:<account>:log-group:<name>} for a name or pattern. */
    public String logGroupArn(String name) {
        return "arn:" + partition + ":logs:" + region + ":" + accountId + ":log-group:" + name;
    }
}
