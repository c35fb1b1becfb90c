package io.glueplatform.vpc;

import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.config.NatMode;
import io.glueplatform.config.NetworkConfig;

import java.util.List;

/**
 * @param region                     for endpoint service names
 * @param availabilityZones          subnet order: public[i] and private[i] live in zone i
 * @param vpcCidr                    the VPC block
 * @param publicSubnetCidrs          one per zone
 * @param privateSubnetCidrs         one per zone
 * @param natMode                    SINGLE (one NAT in zone 0) or ONE_PER_AZ
 * @param optionalInterfaceEndpoints extra interface endpoints (glue, sts, logs)
 * @param flowLogs                   VPC flow logs on
 * @param logRetentionDays           flow log retention
 * @param kmsKeyArn                  encrypts the flow log group
 */
public record NetworkProps(
        String region,
        List<String> availabilityZones,
        String vpcCidr,
        List<String> publicSubnetCidrs,
        List<String> privateSubnetCidrs,
        NatMode natMode,
        List<String> optionalInterfaceEndpoints,
        boolean flowLogs,
        int logRetentionDays,
        String kmsKeyArn) {

    /** Endpoints Session Manager needs to reach a host without internet access. */
    public static final List<String> SESSION_MANAGER_ENDPOINTS = List.of("ssm", "ssmmessages", "ec2messages");

    public NetworkProps {
        if (publicSubnetCidrs.size() != availabilityZones.size() || privateSubnetCidrs.size() != availabilityZones.size()) {
            throw new IllegalArgumentException("vpc: one public and one private subnet per availability zone is required");
        }
        availabilityZones = List.copyOf(availabilityZones);
        publicSubnetCidrs = List.copyOf(publicSubnetCidrs);
        privateSubnetCidrs = List.copyOf(privateSubnetCidrs);
        optionalInterfaceEndpoints = List.copyOf(optionalInterfaceEndpoints);
    }

    public static NetworkProps from(EnvironmentConfig env, String kmsKeyArn) {
        NetworkConfig network = env.network();
        return new NetworkProps(env.region(), env.availabilityZones(), network.vpcCidr(), network.publicSubnetCidrs(),
                network.privateSubnetCidrs(), network.natMode(), network.optionalInterfaceEndpoints(), network.flowLogs(),
                env.logRetentionDays(), kmsKeyArn);
    }

    /** How many NAT gateways the NAT mode implies: computed here only. */
    public int natGatewayCount() {
        return natMode == NatMode.ONE_PER_AZ ? availabilityZones.size() : 1;
    }
}
