package io.glueplatform.containers;

import io.glueplatform.cdk.Required;
import io.glueplatform.iam.AwsScope;
import io.glueplatform.kms.PlatformKey;
import io.glueplatform.storage.DataLake;
import io.glueplatform.firewall.Firewall;
import io.glueplatform.vpc.Network;

/**
 * What the container platform is built on; every value is required.
 *
 * @param scope       ARNs and the awslogs region
 * @param key         encrypts repositories and log groups; the task role uses it through S3
 * @param network     tasks run in its private subnets (no public IP)
 * @param appFirewall the app security group of the tasks
 * @param lake        DATA_LAKE_BUCKET and the task role's lake access
 */
public record ContainerDependencies(AwsScope scope, PlatformKey key, Network network, Firewall appFirewall, DataLake lake) {
    public ContainerDependencies {
        Required.all("containers", "scope", scope, "key", key, "network", network, "appFirewall", appFirewall, "lake", lake);
    }
}
