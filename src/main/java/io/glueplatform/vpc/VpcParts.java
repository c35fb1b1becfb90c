package io.glueplatform.vpc;

import com.hashicorp.cdktf.providers.aws.default_security_group.DefaultSecurityGroupConfig;
import com.hashicorp.cdktf.providers.aws.internet_gateway.InternetGatewayConfig;
import com.hashicorp.cdktf.providers.aws.route.RouteConfig;
import com.hashicorp.cdktf.providers.aws.route_table.RouteTableConfig;
import com.hashicorp.cdktf.providers.aws.route_table_association.RouteTableAssociationConfig;
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

    /** The internet gateway of a VPC whose public subnets route 0.0.0.0/0 to it. */
    public static InternetGatewayConfig internetGateway(String vpcId, Map<String, String> tags) {
        return InternetGatewayConfig.builder().vpcId(vpcId).tags(tags).build();
    }

    public static RouteTableConfig routeTable(String vpcId, Map<String, String> tags) {
        return RouteTableConfig.builder().vpcId(vpcId).tags(tags).build();
    }

    /** 0.0.0.0/0 through the internet gateway: what makes a subnet public. */
    public static RouteConfig internetRoute(String routeTableId, String internetGatewayId) {
        return RouteConfig.builder().routeTableId(routeTableId).destinationCidrBlock("0.0.0.0/0").gatewayId(internetGatewayId).build();
    }

    public static RouteTableAssociationConfig association(String subnetId, String routeTableId) {
        return RouteTableAssociationConfig.builder().subnetId(subnetId).routeTableId(routeTableId).build();
    }
}
