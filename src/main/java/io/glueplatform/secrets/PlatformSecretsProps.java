package io.glueplatform.secrets;

import io.glueplatform.cdk.Required;
import io.glueplatform.kms.PlatformKey;
import io.glueplatform.rds.Database;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the secrets module needs.
 *
 * @param key                encrypts every secret; required
 * @param region             for the kms:ViaService condition of grants; required
 * @param database           its RDS-managed master secret is the mysql secret (RDS generates and rotates it); required
 * @param adminSecrets       the hosts' admin secrets to create (each host fills its own); null: none
 * @param recoveryWindowDays 0 (delete at once, so a dev environment can be re-created) or 7..30
 */
public record PlatformSecretsProps(PlatformKey key, String region, Database database, Set<AdminSecret> adminSecrets,
                                   int recoveryWindowDays) {

    public PlatformSecretsProps {
        if (recoveryWindowDays != 0 && (recoveryWindowDays < 7 || recoveryWindowDays > 30)) {
            throw new IllegalArgumentException("secrets: recoveryWindowDays " + recoveryWindowDays + " is not allowed; allowed: 0 or 7 to 30");
        }
        Required.all("secrets", "key", key, "region", region, "database", database);
        adminSecrets = adminSecrets == null || adminSecrets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(adminSecrets));
    }

    public String kmsKeyArn() {
        return key.arn();
    }

    public String databaseSecretArn() {
        return database.secretArn();
    }

    public boolean grafanaAdmin() {
        return adminSecrets.contains(AdminSecret.GRAFANA);
    }

    public boolean argocdAdmin() {
        return adminSecrets.contains(AdminSecret.ARGOCD);
    }
}
