package io.glueplatform.containers;

import io.glueplatform.iam.Role;
import io.glueplatform.secrets.Secret;
import io.glueplatform.firewall.Firewall;
import io.glueplatform.vpc.SubnetRef;

import java.util.List;

/**
 * @param region           for the awslogs driver and IAM conditions
 * @param partition        ARN partition
 * @param accountId        scopes ECR and log ARNs
 * @param kmsKeyArn        encrypts repositories and log groups
 * @param privateSubnets   where the service's tasks run (no public IP)
 * @param appFirewall      the app security group of the tasks
 * @param executionRole    pulls images, writes logs, resolves the injected secrets
 * @param taskRole         what the container code runs as (lake access, the same secrets)
 * @param lakeBucket       name of the data lake bucket, passed as DATA_LAKE_BUCKET
 * @param secrets          injected into every container as environment secrets (never plain environment)
 * @param keepImages       tagged images each repository keeps
 * @param imageTag         tag the task definitions run
 * @param forceDelete      allow destroying repositories that still hold images (dev only)
 * @param logRetentionDays retention of the task log groups
 */
public record ContainerPlatformProps(String region, String partition, String accountId, String kmsKeyArn,
                                     List<SubnetRef> privateSubnets, Firewall appFirewall, Role executionRole, Role taskRole,
                                     String lakeBucket, List<InjectedSecret> secrets, int keepImages, String imageTag,
                                     boolean forceDelete, int logRetentionDays) {

    /** One environment variable of a container filled from one JSON key of a secret. */
    public record InjectedSecret(String variable, Secret secret, String key) {
    }

    public ContainerPlatformProps {
        privateSubnets = List.copyOf(privateSubnets);
        secrets = List.copyOf(secrets);
        if (privateSubnets.isEmpty() || privateSubnets.stream().anyMatch(s -> !"private".equals(s.tier()))) {
            throw new IllegalArgumentException("containers: tasks run in private subnets only; got " + privateSubnets);
        }
        if (keepImages < 1) {
            throw new IllegalArgumentException("containers: keepImages " + keepImages + " is not allowed; allowed: 1 or more");
        }
    }
}
