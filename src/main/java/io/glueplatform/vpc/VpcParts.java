package io.glueplatform.vpc;

import com.hashicorp.cdktf.providers.aws.default_security_group.DefaultSecurityGroupConfig;
import com.hashicorp.cdktf.providers.aws.subnet.SubnetConfig;
import com.hashicorp.cdktf.providers.aws.vpc.VpcConfig;
import com.hashicorp.cdktf.providers.aws.vpc_endpoint.VpcEndpointConfig;

import java.util.List;
import java.util.Map;

/**
 * The pieces every VPC of the platform is built from ({@link Network}, the connectivity store VPCs), so
 * their hardening stays one decision. Configs only, no constructs: each module still adds the resources
 * under its own addresses.
 */
public final class VpcParts {
    private VpcParts() {
    }

    /** DNS support and hostnames on: Glue connections, private endpoint DNS and RDS/Redshift endpoints need both. */
    public static VpcConfig vpc(String cidr, Map<String, String> tags) {
        return VpcConfig.builder()
                .cidrBlock(cidr)
                .enableDnsSupport(true)
                .enableDnsHostnames(true)
                .tags(tags)
                .build();
    }

    /** Nothing should ever rely on the default group; managing it with no rules empties it. */
    public static DefaultSecurityGroupConfig emptyDefaultSecurityGroup(String vpcId, Map<String, String> tags) {
        return DefaultSecurityGroupConfig.builder()
                .vpcId(vpcId)
                .ingress(List.of())
                .egress(List.of())
                .tags(tags)
                .build();
    }

    /** Public IPs are granted per instance, explicitly, never by subnet default. */
    public static SubnetConfig subnet(String vpcId, String zone, String cidr, Map<String, String> tags) {
        return SubnetConfig.builder()
                .vpcId(vpcId)
                .availabilityZone(zone)
                .cidrBlock(cidr)
                .mapPublicIpOnLaunch(false)
                .tags(tags)
                .build();
    }

    /** S3 gateway endpoint on {@code routeTableIds}: Glue refuses a connection whose subnet has neither it nor NAT. */
    public static VpcEndpointConfig s3Gateway(String vpcId, String region, List<String> routeTableIds, Map<String, String> tags) {
        return VpcEndpointConfig.builder()
                .vpcId(vpcId)
                .serviceName("com.amazonaws." + region + ".s3")
                .vpcEndpointType("Gateway")
                .routeTableIds(routeTableIds)
                .tags(tags)
                .build();
    }
}
