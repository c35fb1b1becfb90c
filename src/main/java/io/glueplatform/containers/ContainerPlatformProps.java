package io.glueplatform.containers;

import io.glueplatform.cdk.Required;
import io.glueplatform.iam.AwsScope;
import io.glueplatform.kms.PlatformKey;
import io.glueplatform.secrets.PlatformSecrets;
import io.glueplatform.secrets.Secret;
import io.glueplatform.storage.DataLake;
import io.glueplatform.vpc.Firewall;
import io.glueplatform.vpc.Network;
import io.glueplatform.vpc.SubnetRef;

import java.util.List;

/**
 * What the container platform needs, built with {@link #builder()}.
 * <ul>
 *   <li>Required: scope (ARNs, the awslogs region), key (repositories, log groups), network (tasks run in its private
 *       subnets, no public IP), appFirewall (the app security group of the tasks), lake (DATA_LAKE_BUCKET and the task
 *       role's lake access), secrets (the platform secrets injected into every container).</li>
 *   <li>Defaults: keepImages 10 tagged images per repository, imageTag 0.1.0, forceDelete false (repositories holding
 *       images survive a destroy), logRetentionDays 30.</li>
 * </ul>
 */
public final class ContainerPlatformProps {

    /** One environment variable of a container filled from one JSON key of a secret. */
    public record InjectedSecret(String variable, Secret secret, String key) {
    }

    private final AwsScope scope;
    private final PlatformKey key;
    private final Network network;
    private final Firewall appFirewall;
    private final DataLake lake;
    private final PlatformSecrets secrets;
    private final int keepImages;
    private final String imageTag;
    private final boolean forceDelete;
    private final int logRetentionDays;

    private ContainerPlatformProps(Builder builder) {
        this.scope = Required.value(builder.scope, "containers", "scope");
        this.key = Required.value(builder.key, "containers", "key");
        this.network = Required.value(builder.network, "containers", "network");
        this.appFirewall = Required.value(builder.appFirewall, "containers", "appFirewall");
        this.lake = Required.value(builder.lake, "containers", "lake");
        this.secrets = Required.value(builder.secrets, "containers", "secrets");
        this.keepImages = builder.keepImages;
        this.imageTag = builder.imageTag;
        this.forceDelete = builder.forceDelete;
        this.logRetentionDays = builder.logRetentionDays;
        List<SubnetRef> subnets = privateSubnets();
        if (subnets.isEmpty() || subnets.stream().anyMatch(s -> !"private".equals(s.tier()))) {
            throw new IllegalArgumentException("containers: tasks run in private subnets only; got " + subnets);
        }
        if (keepImages < 1) {
            throw new IllegalArgumentException("containers: keepImages " + keepImages + " is not allowed; allowed: 1 or more");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public String region() {
        return scope.region();
    }

    public String partition() {
        return scope.partition();
    }

    public String accountId() {
        return scope.accountId();
    }

    public PlatformKey key() {
        return key;
    }

    public String kmsKeyArn() {
        return key.arn();
    }

    public List<SubnetRef> privateSubnets() {
        return network.privateSubnets();
    }

    public Firewall appFirewall() {
        return appFirewall;
    }

    public DataLake lake() {
        return lake;
    }

    /** Name of the data lake bucket, passed as DATA_LAKE_BUCKET. */
    public String lakeBucket() {
        return lake.lake().name();
    }

    /**
     * Injected into every container as environment secrets (never plain environment): the MySQL login, the Redis
     * password and the application secrets.
     */
    public List<InjectedSecret> injectedSecrets() {
        return List.of(
                new InjectedSecret("MYSQL_USERNAME", secrets.mysql(), "username"),
                new InjectedSecret("MYSQL_PASSWORD", secrets.mysql(), "password"),
                new InjectedSecret("REDIS_PASSWORD", secrets.redis(), "password"),
                new InjectedSecret("JWT_SECRET", secrets.app(), "jwt_secret"),
                new InjectedSecret("API_KEY", secrets.app(), "api_key"),
                new InjectedSecret("ENCRYPTION_KEY", secrets.app(), "encryption_key"));
    }

    /** Tagged images each repository keeps. */
    public int keepImages() {
        return keepImages;
    }

    /** Tag the task definitions run. */
    public String imageTag() {
        return imageTag;
    }

    /** Allow destroying repositories that still hold images (dev only). */
    public boolean forceDelete() {
        return forceDelete;
    }

    public int logRetentionDays() {
        return logRetentionDays;
    }

    public static final class Builder {
        private AwsScope scope;
        private PlatformKey key;
        private Network network;
        private Firewall appFirewall;
        private DataLake lake;
        private PlatformSecrets secrets;
        private int keepImages = 10;
        private String imageTag = "0.1.0";
        private boolean forceDelete;
        private int logRetentionDays = 30;

        private Builder() {
        }

        public Builder scope(AwsScope scope) {
            this.scope = scope;
            return this;
        }

        public Builder key(PlatformKey key) {
            this.key = key;
            return this;
        }

        public Builder network(Network network) {
            this.network = network;
            return this;
        }

        public Builder appFirewall(Firewall appFirewall) {
            this.appFirewall = appFirewall;
            return this;
        }

        public Builder lake(DataLake lake) {
            this.lake = lake;
            return this;
        }

        public Builder secrets(PlatformSecrets secrets) {
            this.secrets = secrets;
            return this;
        }

        public Builder keepImages(int keepImages) {
            this.keepImages = keepImages;
            return this;
        }

        public Builder imageTag(String imageTag) {
            this.imageTag = imageTag;
            return this;
        }

        public Builder forceDelete(boolean forceDelete) {
            this.forceDelete = forceDelete;
            return this;
        }

        public Builder logRetentionDays(int logRetentionDays) {
            this.logRetentionDays = logRetentionDays;
            return this;
        }

        public ContainerPlatformProps build() {
            return new ContainerPlatformProps(this);
        }
    }
}
