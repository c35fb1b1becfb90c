package io.glueplatform.connectivity;

import io.glueplatform.cdk.Required;
import io.glueplatform.config.CrossRegionStoreConfig;
import io.glueplatform.kms.PlatformKey;
import io.glueplatform.vpc.Network;

/**
 * What the cross-region store needs.
 *
 * @param settings         connectivity.crossRegionStore; required
 * @param location         the store's account, region and provider (its key's root is that account's); required
 * @param network          the Glue VPC: its NAT gateway EIPs are the only sources the store admits; its region holds the
 *                         Glue-side secret; required
 * @param key              the platform key: encrypts the Glue-side secret; required
 * @param logRetentionDays retention of the store's flow and audit log groups
 */
public record CrossRegionStoreProps(CrossRegionStoreConfig settings, StoreLocation location, Network network, PlatformKey key,
                                    int logRetentionDays) {
    public CrossRegionStoreProps {
        Required.all("cross-region store", "settings", settings, "location", location);
        Required.all("cross-region store", "location.provider", location.provider(), "network", network, "key", key);
    }
}
