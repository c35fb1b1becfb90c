package io.glueplatform.connectivity;

import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.providers.aws.default_security_group.DefaultSecurityGroup;
import com.hashicorp.cdktf.providers.aws.internet_gateway.InternetGateway;
import com.hashicorp.cdktf.providers.aws.route.Route;
import com.hashicorp.cdktf.providers.aws.route.RouteConfig;
import com.hashicorp.cdktf.providers.aws.route_table.RouteTable;
import com.hashicorp.cdktf.providers.aws.route_table_association.RouteTableAssociation;
import com.hashicorp.cdktf.providers.aws.subnet.Subnet;
import com.hashicorp.cdktf.providers.aws.vpc.Vpc;
import com.hashicorp.cdktf.providers.aws.vpc_endpoint.VpcEndpoint;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.PlatformModule;
import io.glueplatform.vpc.SubnetRef;
import io.glueplatform.vpc.VpcParts;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A lean VPC for one data store: DNS on, one subnet per zone sharing one route table, the default
 * security group emptied. {@code internetFacing} adds an internet gateway route (a publicly accessible
 * store reached through another VPC's NAT); {@code s3Endpoint} adds an S3 gateway endpoint (a subnet a
 * Glue connection names must have an S3 endpoint or a NAT route, even when it is not the ENI subnet).
 */
public final class StoreVpc extends PlatformModule {

    /**
     * @param region            region of the VPC (endpoint service name)
     * @param cidr              VPC block
     * @param availabilityZones one subnet per zone
     * @param subnetCidrs       in zone order
     * @param internetFacing    route 0.0.0.0/0 to an internet gateway (subnets become "public")
     * @param s3Endpoint        add an S3 gateway endpoint on the route table
     */
    public record Props(String region, String cidr, List<String> availabilityZones, List<String> subnetCidrs,
                        boolean internetFacing, boolean s3Endpoint) {
        public Props {
            availabilityZones = List.copyOf(availabilityZones);
            subnetCidrs = List.copyOf(subnetCidrs);
            if (availabilityZones.size() != subnetCidrs.size() || availabilityZones.isEmpty()) {
                throw new IllegalArgumentException("store vpc: one subnet per availability zone is required");
            }
        }
    }

    private final Vpc vpc;
    private final RouteTable routes;
    private final Props props;
    private final List<SubnetRef> subnets = new ArrayList<>();

    public StoreVpc(Construct scope, Naming naming, String module, Props props, TerraformProvider provider) {
        super(scope, module, naming, provider);
        this.props = props;
        // DNS over the peering needs DNS support and hostnames, which VpcParts turns on.
        this.vpc = add("this", id -> new Vpc(this, id, VpcParts.vpc(props.cidr(), tags("this"))));
        add("default", id -> new DefaultSecurityGroup(this, id, VpcParts.emptyDefaultSecurityGroup(vpc.getId(), tags("default"))));
        this.routes = add("this", id -> new RouteTable(this, id + "_rt", VpcParts.routeTable(vpc.getId(), tags("this"))));
        if (props.internetFacing()) {
            InternetGateway igw = add("this", id -> new InternetGateway(this, id + "_igw", VpcParts.internetGateway(vpc.getId(), tags("this"))));
            add("internet", id -> new Route(this, id, VpcParts.internetRoute(routes.getId(), igw.getId())));
        }
        String tier = props.internetFacing() ? "public" : "private";
        for (int i = 0; i < props.availabilityZones().size(); i++) {
            String zone = props.availabilityZones().get(i);
            String cidr = props.subnetCidrs().get(i);
            String role = tier + "_" + SubnetRef.zoneSuffix(zone);
            Subnet subnet = add(role, id -> new Subnet(this, id, VpcParts.subnet(vpc.getId(), zone, cidr, tags(role))));
            add(role, id -> new RouteTableAssociation(this, id + "_rta", VpcParts.association(subnet.getId(), routes.getId())));
            subnets.add(new SubnetRef(tier, zone, cidr, subnet.getId(), routes.getId()));
        }
        if (props.s3Endpoint()) {
            add("s3", id -> new VpcEndpoint(this, id, VpcParts.s3Gateway(vpc.getId(), props.region(), List.of(routes.getId()), tags("s3"))));
        }
    }

    /** Records this VPC's traffic like the platform VPC's (flow logs to a log group encrypted with {@code kmsKeyArn}). */
    public void flowLogs(String kmsKeyArn, int retentionDays) {
        new io.glueplatform.vpc.VpcFlowLogs(this, naming(), moduleName(), new io.glueplatform.vpc.VpcFlowLogs.Props(vpc.getId(), kmsKeyArn,
                retentionDays), provider());
    }

    /** Adds a route from every subnet of this VPC to {@code destinationCidr} over a VPC peering connection. */
    public void routeToPeering(String role, String destinationCidr, String peeringConnectionId) {
        add(role, id -> new Route(this, id, RouteConfig.builder()
                .routeTableId(routes.getId())
                .destinationCidrBlock(destinationCidr)
                .vpcPeeringConnectionId(peeringConnectionId)
                .build()));
    }

    public String vpcId() {
        return vpc.getId();
    }

    public String cidr() {
        return props.cidr();
    }

    public String region() {
        return props.region();
    }

    public List<SubnetRef> subnets() {
        return Collections.unmodifiableList(subnets);
    }
}
