package io.glueplatform.config;

/**
 * Glue reachability beyond the platform VPC (seeds 002 and 003): a data store in another region or
 * account reached through the NAT gateway, and a peered second VPC.
 *
 * @param crossRegionStore null: none
 * @param peeredVpc        null: none
 */
public record ConnectivityConfig(Object crossRegionStore, Object peeredVpc) {

    public static ConnectivityConfig defaults() {
        return new ConnectivityConfig(null, null);
    }
}
