package io.glueplatform.stack;

import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.provider.AwsProviderAssumeRole;
import com.hashicorp.cdktf.providers.aws.provider.AwsProviderConfig;
import com.hashicorp.cdktf.providers.aws.provider.AwsProviderDefaultTags;
import io.glueplatform.config.EnvironmentConfig;
import software.constructs.Construct;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The AWS provider block per deployment target, with the platform's common tags as default_tags. */
public final class Providers {

    /** Only 5.100.0 is installable offline; the bindings were generated from 5.23.1 and pin that. */
    static final String AWS_PROVIDER_CONSTRAINT = "~> 5.100";

    private Providers() {
    }

    static Map<String, String> commonTags(EnvironmentConfig env) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Project", "glue-platform");
        tags.put("Environment", env.name());
        tags.put("ManagedBy", "cdktf");
        tags.putAll(env.tags());
        return tags;
    }

    static AwsProvider aws(Construct scope, String id, EnvironmentConfig env, String region, DeploymentTarget target, String alias) {
        return aws(scope, id, env, region, target, alias, env.accountId(), null);
    }

    /**
     * An aliased provider for another region and/or account (resources choose it explicitly). In another
     * account Terraform assumes {@code assumeRoleArn}; OFFLINE and EMULATOR leave the assume_role out,
     * because assuming a role needs STS (there are no real credentials to assume it with).
     */
    public static AwsProvider aws(Construct scope, String id, EnvironmentConfig env, String region, DeploymentTarget target,
                                  String alias, String accountId, String assumeRoleArn) {
        AwsProviderConfig.Builder config = AwsProviderConfig.builder()
                .region(region)
                .alias(alias)
                .defaultTags(List.of(AwsProviderDefaultTags.builder().tags(commonTags(env)).build()));
        switch (target) {
            // The guard that stops a dev synth from being applied with prod credentials (or the reverse).
            case AWS -> {
                config.allowedAccountIds(List.of(accountId));
                if (assumeRoleArn != null) {
                    config.assumeRole(List.of(AwsProviderAssumeRole.builder()
                            .roleArn(assumeRoleArn)
                            .sessionName("glue-platform-" + env.name())
                            .build()));
                }
            }
            case OFFLINE -> config
                    .accessKey("offline-plan").secretKey("offline-plan")
                    .skipCredentialsValidation(true)
                    .skipRequestingAccountId(true)
                    .skipMetadataApiCheck("true")
                    .skipRegionValidation(true);
            case EMULATOR -> config
                    .accessKey("emulator").secretKey("emulator")
                    .skipCredentialsValidation(true)
                    .skipMetadataApiCheck("true")
                    .skipRegionValidation(true)
                    .s3UsePathStyle(true)
                    .endpoints(List.of(EmulatorSettings.endpoints(EmulatorSettings.endpoint())));
        }
        return new AwsProvider(scope, id, config.build());
    }
}
