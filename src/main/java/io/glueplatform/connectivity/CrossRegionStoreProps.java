package io.glueplatform.connectivity;

import com.hashicorp.cdktf.TerraformProvider;
import io.glueplatform.cdk.Required;
import io.glueplatform.config.CrossRegionStoreConfig;
import io.glueplatform.kms.PlatformKey;
import io.glueplatform.vpc.Network;

/**
 * What the cross-region store needs, built with {@link #builder()}. Required: settings (connectivity.crossRegionStore),
 * storeAccountId (whose root administers the store's key), partition, storeProvider (the aliased provider of the
 * store's region/account), network (the Glue VPC: its NAT gateway EIPs are the only sources the store admits; its
 * region is where the Glue-side secret lives), key (the platform key, which encrypts the Glue-side secret). Default
 * log retention of the store's flow and audit log groups: 30 days.
 */
public final class CrossRegionStoreProps {

    private final CrossRegionStoreConfig settings;
    private final String storeAccountId;
    private final String partition;
    private final TerraformProvider storeProvider;
    private final Network network;
    private final PlatformKey key;
    private final int logRetentionDays;

    private CrossRegionStoreProps(Builder builder) {
        String component = "cross-region store";
        this.settings = Required.value(builder.settings, component, "settings");
        this.storeAccountId = Required.value(builder.storeAccountId, component, "storeAccountId");
        this.partition = Required.value(builder.partition, component, "partition");
        this.storeProvider = Required.value(builder.storeProvider, component, "storeProvider");
        this.network = Required.value(builder.network, component, "network");
        this.key = Required.value(builder.key, component, "key");
        this.logRetentionDays = builder.logRetentionDays;
    }

    public static Builder builder() {
        return new Builder();
    }

    public CrossRegionStoreConfig settings() {
        return settings;
    }

    public String storeAccountId() {
        return storeAccountId;
    }

    public String partition() {
        return partition;
    }

    public TerraformProvider storeProvider() {
        return storeProvider;
    }

    public Network network() {
        return network;
    }

    public PlatformKey key() {
        return key;
    }

    public int logRetentionDays() {
        return logRetentionDays;
    }

    public static final class Builder {
        private CrossRegionStoreConfig settings;
        private String storeAccountId;
        private String partition;
        private TerraformProvider storeProvider;
        private Network network;
        private PlatformKey key;
        private int logRetentionDays = 30;

        private Builder() {
        }

        public Builder settings(CrossRegionStoreConfig settings) {
            this.settings = settings;
            return this;
        }

        public Builder storeAccountId(String storeAccountId) {
            this.storeAccountId = storeAccountId;
            return this;
        }

        public Builder partition(String partition) {
            this.partition = partition;
            return this;
        }

        public Builder storeProvider(TerraformProvider storeProvider) {
            this.storeProvider = storeProvider;
            return this;
        }

        public Builder network(Network network) {
            this.network = network;
            return this;
        }

        public Builder key(PlatformKey key) {
            this.key = key;
            return this;
        }

        public Builder logRetentionDays(int logRetentionDays) {
            this.logRetentionDays = logRetentionDays;
            return this;
        }

        public CrossRegionStoreProps build() {
            return new CrossRegionStoreProps(this);
        }
    }
}
