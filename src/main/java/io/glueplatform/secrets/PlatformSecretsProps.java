package io.glueplatform.secrets;

import io.glueplatform.cdk.Required;
import io.glueplatform.kms.PlatformKey;
import io.glueplatform.rds.Database;

/**
 * What the secrets module needs, built with {@link #builder()}. Required: key (encrypts every secret), region (the
 * kms:ViaService condition of grants), database (its RDS-managed master secret is the mysql secret). Defaults: no
 * Grafana or ArgoCD admin secret, recovery window 30 days.
 */
public final class PlatformSecretsProps {

    private final PlatformKey key;
    private final String region;
    private final Database database;
    private final boolean grafanaAdmin;
    private final boolean argocdAdmin;
    private final int recoveryWindowDays;

    private PlatformSecretsProps(Builder builder) {
        this.key = Required.value(builder.key, "secrets", "key");
        this.region = Required.value(builder.region, "secrets", "region");
        this.database = Required.value(builder.database, "secrets", "database");
        this.grafanaAdmin = builder.grafanaAdmin;
        this.argocdAdmin = builder.argocdAdmin;
        this.recoveryWindowDays = builder.recoveryWindowDays;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String kmsKeyArn() {
        return key.arn();
    }

    public String region() {
        return region;
    }

    /** The RDS-managed MySQL master secret (RDS generates and rotates it). */
    public String databaseSecretArn() {
        return database.secretArn();
    }

    /** Create the Grafana admin secret (the monitoring host fills it). */
    public boolean grafanaAdmin() {
        return grafanaAdmin;
    }

    /** Create the ArgoCD admin secret (the Kubernetes host fills it). */
    public boolean argocdAdmin() {
        return argocdAdmin;
    }

    /** 0 (delete at once, so a dev environment can be re-created) or 7..30. */
    public int recoveryWindowDays() {
        return recoveryWindowDays;
    }

    public static final class Builder {
        private PlatformKey key;
        private String region;
        private Database database;
        private boolean grafanaAdmin;
        private boolean argocdAdmin;
        private int recoveryWindowDays = 30;

        private Builder() {
        }

        public Builder key(PlatformKey key) {
            this.key = key;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder database(Database database) {
            this.database = database;
            return this;
        }

        public Builder grafanaAdmin(boolean grafanaAdmin) {
            this.grafanaAdmin = grafanaAdmin;
            return this;
        }

        public Builder argocdAdmin(boolean argocdAdmin) {
            this.argocdAdmin = argocdAdmin;
            return this;
        }

        public Builder recoveryWindowDays(int recoveryWindowDays) {
            if (recoveryWindowDays != 0 && (recoveryWindowDays < 7 || recoveryWindowDays > 30)) {
                throw new IllegalArgumentException("secrets: recoveryWindowDays " + recoveryWindowDays + " is not allowed; allowed: 0 or 7 to 30");
            }
            this.recoveryWindowDays = recoveryWindowDays;
            return this;
        }

        public PlatformSecretsProps build() {
            return new PlatformSecretsProps(this);
        }
    }
}
