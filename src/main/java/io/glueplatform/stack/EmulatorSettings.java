package io.glueplatform.stack;

import com.hashicorp.cdktf.providers.aws.provider.AwsProviderEndpoints;

import java.util.List;

/**
 * Everything specific to the local AWS emulator (moto) in one place. Nothing here changes what is
 * synthesized for real AWS: it only shapes the provider block of the EMULATOR target.
 *
 * <p>Known moto gaps that this program works around elsewhere, listed here so they are found:
 * <ul>
 *   <li>moto answers account 123456789012, so the account id is not skipped (Glue ARNs need it);</li>
 *   <li>GetConnection omits ConnectionType and Update/DeleteConnection are unimplemented: a re-plan of a
 *       Glue connection would hang, so the EMULATOR target ignores connection_type drift;</li>
 *   <li>aws_glue_job reads back execution_class STANDARD: the program always sets it explicitly.</li>
 * </ul>
 */
public final class EmulatorSettings {

    public static final String ACCOUNT_ID = "123456789012";
    public static final String DEFAULT_ENDPOINT = "http://127.0.0.1:5000";

    private EmulatorSettings() {
    }

    /** PLATFORM_EMULATOR_ENDPOINT, or moto's default port on loopback. */
    public static String endpoint() {
        String value = System.getenv("PLATFORM_EMULATOR_ENDPOINT");
        return value == null || value.isBlank() ? DEFAULT_ENDPOINT : value;
    }

    public static AwsProviderEndpoints endpoints(String url) {
        return AwsProviderEndpoints.builder()
                .ec2(url).iam(url).s3(url).rds(url).glue(url).sts(url).kms(url).logs(url)
                .secretsmanager(url).ssm(url).ecr(url).ecs(url).redshift(url).cloudwatch(url)
                .build();
    }

    public static List<String> skippedChecks() {
        return List.of("skip_credentials_validation", "skip_metadata_api_check", "skip_region_validation");
    }
}
