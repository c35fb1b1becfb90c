package io.glueplatform.config;

/**
 * Terraform state location. LOCAL needs nothing else. S3 needs bucket, key and region, and locks with
 * Terraform's S3 lock file ({@code useLockfile}, default true) and/or a DynamoDB table. CLOUD needs
 * organization and workspace ({@code hostname} defaults to app.terraform.io).
 */
public record BackendConfig(BackendType type, String bucket, String key, String region, String kmsKeyId,
                            String dynamodbTable, Boolean useLockfile, String organization, String workspace, String hostname) {

    public BackendConfig {
        type = type == null ? BackendType.LOCAL : type;
        useLockfile = useLockfile == null ? Boolean.TRUE : useLockfile;
    }

    public static BackendConfig defaults() {
        return new BackendConfig(null, null, null, null, null, null, null, null, null, null);
    }
}
