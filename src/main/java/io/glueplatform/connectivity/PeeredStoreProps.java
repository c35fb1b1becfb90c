package io.glueplatform.connectivity;

import com.hashicorp.cdktf.TerraformProvider;
import io.glueplatform.cdk.Required;
import io.glueplatform.config.PeeredVpcConfig;
import io.glueplatform.kms.PlatformKey;
import io.glueplatform.vpc.Network;

/**
 * What the peered store needs, built with {@link #builder()}. Required: settings (connectivity.peeredVpc), region (the
 * peer's), network (the Glue VPC: the requester, admitted by CIDR, its private route tables get the route to the
 * peer), key (the platform key; same region only, another region uses the AWS-managed RDS key). Defaults:
 * peerProvider none (the peer is in the stack's region), log retention 30 days.
 */
public final class PeeredStoreProps {

    private final PeeredVpcConfig settings;
    private final String region;
    private final TerraformProvider peerProvider;
    private final Network network;
    private final PlatformKey key;
    private final int logRetentionDays;

    private PeeredStoreProps(Builder builder) {
        this.settings = Required.value(builder.settings, "peered store", "settings");
        this.region = Required.value(builder.region, "peered store", "region");
        this.network = Required.value(builder.network, "peered store", "network");
        this.key = Required.value(builder.key, "peered store", "key");
        this.peerProvider = builder.peerProvider;
        this.logRetentionDays = builder.logRetentionDays;
    }

    public static Builder builder() {
        return new Builder();
    }

    public PeeredVpcConfig settings() {
        return settings;
    }

    /** The peer VPC's region. */
    public String region() {
        return region;
    }

    /** Aliased provider of the peer region; null when the peer is in the stack's region. */
    public TerraformProvider peerProvider() {
        return peerProvider;
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
        private PeeredVpcConfig settings;
        private String region;
        private TerraformProvider peerProvider;
        private Network network;
        private PlatformKey key;
        private int logRetentionDays = 30;

        private Builder() {
        }

        public Builder settings(PeeredVpcConfig settings) {
            this.settings = settings;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder peerProvider(TerraformProvider peerProvider) {
            this.peerProvider = peerProvider;
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

        public PeeredStoreProps build() {
            return new PeeredStoreProps(this);
        }
    }
}
