package io.glueplatform.secrets;

/**
 * @param kmsKeyArn          encrypts every secret
 * @param region             for the kms:ViaService condition of grants
 * @param databaseSecretArn  the RDS-managed MySQL master secret (RDS generates and rotates it)
 * @param grafanaAdmin       create the Grafana admin secret (the monitoring host fills it)
 * @param argocdAdmin        create the ArgoCD admin secret (the Kubernetes host fills it)
 * @param recoveryWindowDays 0 (delete at once, so a dev environment can be re-created) or 7..30
 */
public record PlatformSecretsProps(String kmsKeyArn, String region, String databaseSecretArn, boolean grafanaAdmin,
                                   boolean argocdAdmin, int recoveryWindowDays) {

    public PlatformSecretsProps {
        if (recoveryWindowDays != 0 && (recoveryWindowDays < 7 || recoveryWindowDays > 30)) {
            throw new IllegalArgumentException("secrets: recoveryWindowDays " + recoveryWindowDays + " is not allowed; allowed: 0 or 7 to 30");
        }
    }
}
