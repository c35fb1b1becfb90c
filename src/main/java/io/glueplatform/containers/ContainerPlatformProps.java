package io.glueplatform.containers;

import io.glueplatform.cdk.Required;
import io.glueplatform.secrets.PlatformSecrets;
import io.glueplatform.secrets.Secret;
import io.glueplatform.vpc.SubnetRef;

import java.util.List;

/**
 * What the container platform needs.
 *
 * @param dependencies what it is built on (scope, key, network, app security group, lake); required
 * @param secrets      the platform secrets injected into every container; required
 * @param settings     repositories, image tag, log retention; required
 */
public record ContainerPlatformProps(ContainerDependencies dependencies, PlatformSecrets secrets, ContainerSettings settings) {

    /** One environment variable of a container filled from one JSON key of a secret. */
    public record InjectedSecret(String variable, Secret secret, String key) {
    }

    public ContainerPlatformProps {
        Required.all("containers", "dependencies", dependencies, "secrets", secrets, "settings", settings);
        List<SubnetRef> subnets = dependencies.network().privateSubnets();
        if (subnets.isEmpty() || subnets.stream().anyMatch(s -> !"private".equals(s.tier()))) {
            throw new IllegalArgumentException("containers: tasks run in private subnets only; got " + subnets);
        }
    }

    public String region() {
        return dependencies.scope().region();
    }

    public String kmsKeyArn() {
        return dependencies.key().arn();
    }

    public List<SubnetRef> privateSubnets() {
        return dependencies.network().privateSubnets();
    }

    /** Name of the data lake bucket, passed as DATA_LAKE_BUCKET. */
    public String lakeBucket() {
        return dependencies.lake().lake().name();
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
}
