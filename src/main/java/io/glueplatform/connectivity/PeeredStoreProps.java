package io.glueplatform.connectivity;

import io.glueplatform.cdk.Required;
import io.glueplatform.config.PeeredVpcConfig;
import io.glueplatform.kms.PlatformKey;
import io.glueplatform.vpc.Network;

/**
 * What the peered store needs.
 *
 * @param settings         connectivity.peeredVpc; required
 * @param location         the peer's region and provider (no provider: the stack's region); required
 * @param network          the Glue VPC: the requester, admitted by CIDR; its private route tables get the route to the
 *                         peer; required
 * @param key              the platform key (same region only; another region uses the AWS-managed RDS key); required
 * @param logRetentionDays retention of the peer VPC's flow logs and the PostgreSQL log group
 */
public record PeeredStoreProps(PeeredVpcConfig settings, StoreLocation location, Network network, PlatformKey key, int logRetentionDays) {
    public PeeredStoreProps {
        Required.all("peered store", "settings", settings, "location", location, "network", network, "key", key);
    }
}
