package io.glueplatform.config;

import java.util.List;

/**
 * VPC layout. One public and one private subnet per availability zone, in the order of
 * {@link EnvironmentConfig#availabilityZones()}.
 *
 * @param vpcCidr            required; /16 to /28
 * @param publicSubnetCidrs  required; one per AZ, inside the VPC, not overlapping
 * @param privateSubnetCidrs required; one per AZ, inside the VPC, not overlapping. Glue ENIs, RDS and hosts live here.
 * @param natMode            default {@link NatMode#SINGLE}
 * @param optionalInterfaceEndpoints extra interface endpoints beyond ssm/ssmmessages/ec2messages; allowed: glue, sts, logs. Default none.
 * @param flowLogs           VPC flow logs to a KMS-encrypted log group; default true
 */
public record NetworkConfig(
        String vpcCidr,
        List<String> publicSubnetCidrs,
        List<String> privateSubnetCidrs,
        NatMode natMode,
        List<String> optionalInterfaceEndpoints,
        Boolean flowLogs) {

    public static final List<String> OPTIONAL_ENDPOINTS = List.of("glue", "sts", "logs");

    public NetworkConfig {
        publicSubnetCidrs = publicSubnetCidrs == null ? List.of() : List.copyOf(publicSubnetCidrs);
        privateSubnetCidrs = privateSubnetCidrs == null ? List.of() : List.copyOf(privateSubnetCidrs);
        natMode = natMode == null ? NatMode.SINGLE : natMode;
        optionalInterfaceEndpoints = optionalInterfaceEndpoints == null ? List.of() : List.copyOf(optionalInterfaceEndpoints);
        flowLogs = flowLogs == null ? Boolean.TRUE : flowLogs;
    }
}
