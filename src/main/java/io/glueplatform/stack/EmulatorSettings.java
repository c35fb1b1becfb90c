package io.glueplatform.stack;

import io.glueplatform.config.ProcessEnvironment;
import com.hashicorp.cdktf.providers.aws.provider.AwsProviderEndpoints;

/**
 * The provider settings of the EMULATOR target: the endpoints of the local emulator. Nothing else
 * differs from the AWS target — the emulator's gaps are closed in the emulator itself
 * (scripts/emulator/patches/), not in the stack, so a deploy test on the emulator checks the very
 * resources and attributes that go to AWS ({@code EmulatorParityTest}).
 */
public final class EmulatorSettings {

    public static final String DEFAULT_ENDPOINT = "http://127.0.0.1:5000";

    private EmulatorSettings() {
    }

    /** PLATFORM_EMULATOR_ENDPOINT, or the emulator's default port on loopback. */
    public static String endpoint() {
        String value = ProcessEnvironment.current().get("PLATFORM_EMULATOR_ENDPOINT");
        return value == null || value.isBlank() ? DEFAULT_ENDPOINT : value;
    }

    public static AwsProviderEndpoints endpoints(String url) {
        return AwsProviderEndpoints.builder()
                .ec2(url).iam(url).s3(url).rds(url).glue(url).sts(url).kms(url).logs(url)
                .secretsmanager(url).ssm(url).ecr(url).ecs(url).redshift(url).cloudwatch(url)
                .build();
    }
}
