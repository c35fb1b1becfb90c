package io.glueplatform.vpc;

import io.glueplatform.cdk.Required;
import io.glueplatform.config.NatMode;
import io.glueplatform.config.NetworkConfig;
import io.glueplatform.kms.PlatformKey;

import java.util.List;

/**
 * What the network needs, built with {@link #builder()}. Required: region, availabilityZones, layout (the
 * environment's {@link NetworkConfig}) and key. Defaults: flow log retention 30 days.
 */
public final class NetworkProps {

    /** Endpoints Session Manager needs to reach a host without internet access. */
    public static final List<String> SESSION_MANAGER_ENDPOINTS = List.of("ssm", "ssmmessages", "ec2messages");

    private final String region;
    private final List<String> availabilityZones;
    private final NetworkConfig layout;
    private final int logRetentionDays;
    private final PlatformKey key;

    private NetworkProps(Builder builder) {
        this.region = Required.value(builder.region, "vpc", "region");
        this.availabilityZones = List.copyOf(Required.value(builder.availabilityZones, "vpc", "availabilityZones"));
        this.layout = Required.value(builder.layout, "vpc", "layout");
        this.key = Required.value(builder.key, "vpc", "key");
        this.logRetentionDays = builder.logRetentionDays;
        if (layout.publicSubnetCidrs().size() != availabilityZones.size() || layout.privateSubnetCidrs().size() != availabilityZones.size()) {
            throw new IllegalArgumentException("vpc: one public and one private subnet per availability zone is required");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** For endpoint service names. */
    public String region() {
        return region;
    }

    /** Subnet order: public[i] and private[i] live in zone i. */
    public List<String> availabilityZones() {
        return availabilityZones;
    }

    public String vpcCidr() {
        return layout.vpcCidr();
    }

    public List<String> publicSubnetCidrs() {
        return layout.publicSubnetCidrs();
    }

    public List<String> privateSubnetCidrs() {
        return layout.privateSubnetCidrs();
    }

    /** Extra interface endpoints (glue, sts, logs) beyond Session Manager's. */
    public List<String> optionalInterfaceEndpoints() {
        return layout.optionalInterfaceEndpoints();
    }

    public boolean flowLogs() {
        return layout.flowLogs();
    }

    public int logRetentionDays() {
        return logRetentionDays;
    }

    /** Encrypts the flow log group. */
    public PlatformKey key() {
        return key;
    }

    /** How many NAT gateways the NAT mode implies: computed here only. */
    public int natGatewayCount() {
        return layout.natMode() == NatMode.ONE_PER_AZ ? availabilityZones.size() : 1;
    }

    public static final class Builder {
        private String region;
        private List<String> availabilityZones;
        private NetworkConfig layout;
        private int logRetentionDays = 30;
        private PlatformKey key;

        private Builder() {
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder availabilityZones(List<String> availabilityZones) {
            this.availabilityZones = availabilityZones;
            return this;
        }

        /** VPC block, subnet blocks per zone, NAT mode, optional endpoints, flow logs. */
        public Builder layout(NetworkConfig layout) {
            this.layout = layout;
            return this;
        }

        public Builder logRetentionDays(int logRetentionDays) {
            this.logRetentionDays = logRetentionDays;
            return this;
        }

        public Builder key(PlatformKey key) {
            this.key = key;
            return this;
        }

        public NetworkProps build() {
            return new NetworkProps(this);
        }
    }
}
