package io.glueplatform.vpc;

import io.glueplatform.cdk.Required;
import io.glueplatform.config.NatMode;
import io.glueplatform.config.NetworkConfig;
import io.glueplatform.kms.PlatformKey;

import java.util.List;

/**
 * What the network needs; every value is required.
 *
 * @param region            for endpoint service names
 * @param availabilityZones subnet order: public[i] and private[i] live in zone i
 * @param layout            VPC block, subnet blocks per zone, NAT mode, optional endpoints, flow logs
 * @param logRetentionDays  flow log retention
 * @param key               encrypts the flow log group
 */
public record NetworkProps(String region, List<String> availabilityZones, NetworkConfig layout, int logRetentionDays, PlatformKey key) {

    /** Endpoints Session Manager needs to reach a host without internet access. */
    public static final List<String> SESSION_MANAGER_ENDPOINTS = List.of("ssm", "ssmmessages", "ec2messages");

    public NetworkProps {
        Required.all("vpc", "region", region, "availabilityZones", availabilityZones, "layout", layout, "key", key);
        availabilityZones = List.copyOf(availabilityZones);
        if (layout.publicSubnetCidrs().size() != availabilityZones.size() || layout.privateSubnetCidrs().size() != availabilityZones.size()) {
            throw new IllegalArgumentException("vpc: one public and one private subnet per availability zone is required");
        }
    }

    /** How many NAT gateways the NAT mode implies: computed here only. */
    public int natGatewayCount() {
        return layout.natMode() == NatMode.ONE_PER_AZ ? availabilityZones.size() : 1;
    }
}
