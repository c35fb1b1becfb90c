package io.glueplatform.vpc;

import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroup;
import com.hashicorp.cdktf.providers.aws.default_security_group.DefaultSecurityGroup;
import com.hashicorp.cdktf.providers.aws.eip.Eip;
import com.hashicorp.cdktf.providers.aws.eip.EipConfig;
import com.hashicorp.cdktf.providers.aws.flow_log.FlowLog;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.internet_gateway.InternetGateway;
import com.hashicorp.cdktf.providers.aws.nat_gateway.NatGateway;
import com.hashicorp.cdktf.providers.aws.nat_gateway.NatGatewayConfig;
import com.hashicorp.cdktf.providers.aws.route.Route;
import com.hashicorp.cdktf.providers.aws.route.RouteConfig;
import com.hashicorp.cdktf.providers.aws.route_table.RouteTable;
import com.hashicorp.cdktf.providers.aws.route_table_association.RouteTableAssociation;
import com.hashicorp.cdktf.providers.aws.subnet.Subnet;
import com.hashicorp.cdktf.providers.aws.vpc.Vpc;
import com.hashicorp.cdktf.providers.aws.vpc_endpoint.VpcEndpoint;
import com.hashicorp.cdktf.providers.aws.vpc_endpoint.VpcEndpointConfig;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.PlatformModule;
import io.glueplatform.cdk.ReadOnce;
import io.glueplatform.cdk.Outputs;
import io.glueplatform.firewall.Firewall;
import io.glueplatform.firewall.PortRange;
import io.glueplatform.iam.PolicyDocument;
import io.glueplatform.iam.PolicyStatement;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The vpc module: a VPC with DNS on, a public and a private subnet per zone, NAT egress for the
 * private tier, an S3 gateway endpoint on every private route table (Glue refuses a connection whose
 * subnet has neither S3 endpoint nor NAT), Session Manager interface endpoints, flow logs, and a
 * default security group stripped of its rules.
 */
public final class Network extends PlatformModule {

    private final ReadOnce vpcId;
    private final NetworkProps props;
    private final List<SubnetRef> publicSubnets = new ArrayList<>();
    private final List<SubnetRef> privateSubnets = new ArrayList<>();
    private final List<String> natGatewayIds = new ArrayList<>();
    private final List<String> natPublicIps = new ArrayList<>();
    private final Firewall endpointFirewall;
    private final List<String> interfaceEndpoints = new ArrayList<>();

    public Network(Construct scope, Naming naming, NetworkProps props) {
        super(scope, "vpc", naming);
        this.props = props;
        Vpc vpc = add("this", id -> new Vpc(this, id, VpcParts.vpc(props.layout().vpcCidr(), tags("this"))));
        // Read once (ReadOnce): the VPC id is used ~20 times.
        this.vpcId = new ReadOnce(vpc::getId);
        add("default", id -> new DefaultSecurityGroup(this, id, VpcParts.emptyDefaultSecurityGroup(vpcId.get(), tags("default"))));

        InternetGateway internetGateway = add("this", id -> new InternetGateway(this, id + "_igw",
                VpcParts.internetGateway(vpcId.get(), tags("this"))));
        String publicRoutes = add("public", id -> new RouteTable(this, id + "_rt", VpcParts.routeTable(vpcId.get(), tags("public")))).getId();
        add("public_internet", id -> new Route(this, id, VpcParts.internetRoute(publicRoutes, internetGateway.getId())));

        List<String> zones = props.availabilityZones();
        for (int i = 0; i < zones.size(); i++) {
            String zone = zones.get(i);
            String suffix = SubnetRef.zoneSuffix(zone);
            String subnetId = subnet("public_" + suffix, zone, props.layout().publicSubnetCidrs().get(i), publicRoutes);
            publicSubnets.add(new SubnetRef("public", zone, props.layout().publicSubnetCidrs().get(i), subnetId, publicRoutes));
        }
        for (int i = 0; i < props.natGatewayCount(); i++) {
            String suffix = SubnetRef.zoneSuffix(zones.get(i));
            String role = "nat_" + suffix;
            Eip eip = add(role, id -> new Eip(this, id + "_eip", EipConfig.builder().domain("vpc").tags(tags(role)).build()));
            String subnetId = publicSubnets.get(i).id();
            NatGateway nat = add(role, id -> new NatGateway(this, id, NatGatewayConfig.builder()
                    .allocationId(eip.getId())
                    .subnetId(subnetId)
                    .connectivityType("public")
                    .tags(tags(role))
                    .dependsOn(List.of(internetGateway))
                    .build()));
            natGatewayIds.add(nat.getId());
            natPublicIps.add(eip.getPublicIp());
        }
        List<String> privateRouteTableIds = new ArrayList<>();
        for (int i = 0; i < zones.size(); i++) {
            String zone = zones.get(i);
            String role = "private_" + SubnetRef.zoneSuffix(zone);
            String routes = add(role, id -> new RouteTable(this, id + "_rt", VpcParts.routeTable(vpcId.get(), tags(role)))).getId();
            String natId = natGatewayIds.get(Math.min(i, natGatewayIds.size() - 1));
            add(role + "_nat", id -> new Route(this, id, RouteConfig.builder()
                    .routeTableId(routes)
                    .destinationCidrBlock("0.0.0.0/0")
                    .natGatewayId(natId)
                    .build()));
            String subnetId = subnet(role, zone, props.layout().privateSubnetCidrs().get(i), routes);
            privateSubnets.add(new SubnetRef("private", zone, props.layout().privateSubnetCidrs().get(i), subnetId, routes));
            privateRouteTableIds.add(routes);
        }

        add("s3", id -> new VpcEndpoint(this, id,
                VpcParts.s3Gateway(vpcId.get(), props.region(), privateRouteTableIds, tags("s3"))));

        this.endpointFirewall = new Firewall(this, naming, "vpc_endpoints", vpcId.get(),
                "Interface endpoints: HTTPS from inside the VPC");
        endpointFirewall.allowIngress("https_from_vpc", PortRange.tcp(443), Firewall.Peer.cidr(props.layout().vpcCidr()),
                "HTTPS to AWS service endpoints from the VPC");
        List<String> endpoints = new ArrayList<>(NetworkProps.SESSION_MANAGER_ENDPOINTS);
        endpoints.addAll(props.layout().optionalInterfaceEndpoints());
        List<String> privateSubnetIds = privateSubnets.stream().map(SubnetRef::id).toList();
        for (String service : endpoints) {
            add(service, id -> new VpcEndpoint(this, id, VpcEndpointConfig.builder()
                    .vpcId(vpcId.get())
                    .serviceName("com.amazonaws." + props.region() + "." + service)
                    .vpcEndpointType("Interface")
                    .privateDnsEnabled(true)
                    .subnetIds(privateSubnetIds)
                    .securityGroupIds(List.of(endpointFirewall.id()))
                    .tags(tags(service))
                    .build()));
            interfaceEndpoints.add(service);
        }
        if (props.layout().flowLogs()) {
            flowLogs();
        }
        Outputs.add(this, "vpc_id", vpcId.get(), "VPC of the platform");
    }

    /** A subnet associated with its route table; returns the subnet's id. */
    private String subnet(String role, String zone, String cidr, String routeTableId) {
        String subnetId = add(role, id -> new Subnet(this, id, VpcParts.subnet(vpcId.get(), zone, cidr,
                naming().tags("vpc", role, Map.of("Tier", role.startsWith("public") ? "public" : "private"))))).getId();
        add(role, id -> new RouteTableAssociation(this, id + "_rta", VpcParts.association(subnetId, routeTableId)));
        return subnetId;
    }

    private void flowLogs() {
        new VpcFlowLogs(this, naming(), moduleName(), new VpcFlowLogs.Props(vpcId.get(), props.key().arn(), props.logRetentionDays()), null);
    }

    public String vpcId() {
        return vpcId.get();
    }

    public String vpcCidr() {
        return props.layout().vpcCidr();
    }

    public String region() {
        return props.region();
    }

    public List<SubnetRef> publicSubnets() {
        return Collections.unmodifiableList(publicSubnets);
    }

    public List<SubnetRef> privateSubnets() {
        return Collections.unmodifiableList(privateSubnets);
    }

    /** Public IPs of the NAT gateways: what a data store outside the VPC sees as Glue's source address. */
    public List<String> natPublicIps() {
        return Collections.unmodifiableList(natPublicIps);
    }

    public List<String> interfaceEndpointServices() {
        return Collections.unmodifiableList(interfaceEndpoints);
    }

    public Firewall endpointFirewall() {
        return endpointFirewall;
    }
}
