package io.glueplatform.vpc;

import io.glueplatform.adoption.IdentityCatalogue;

import static io.glueplatform.adoption.IdentityCatalogue.attribute;
import static io.glueplatform.adoption.IdentityCatalogue.inbound;
import static io.glueplatform.adoption.IdentityCatalogue.optional;

/**
 * How existing network resources are recognised (make adopt, docs/migration.md). References (vpc_id,
 * subnet_id, security_group_id) resolve through the resource they point at, so a subnet is matched only in
 * the VPC already matched.
 */
public final class VpcIdentities implements IdentityCatalogue.Declarations {
    @Override
    public void declare(IdentityCatalogue catalogue) {
        catalogue.type("aws_vpc").by("cidr_block", "tags.Name").by("cidr_block").thenByNameTag().done();
        catalogue.type("aws_subnet").by("vpc_id", "cidr_block").thenByNameTag().done();
        // One internet gateway and one default security group per VPC.
        catalogue.type("aws_internet_gateway").by("vpc_id").done();
        catalogue.type("aws_default_security_group").by("vpc_id").done();
        // A route table is recognised by the subnets associated with it.
        catalogue.type("aws_route_table")
                .by(attribute("vpc_id"), inbound("aws_route_table_association", "route_table_id", "subnet_id"))
                .by("vpc_id", "tags.Name").thenByNameTag().done();
        catalogue.type("aws_route_table_association").by("subnet_id", "route_table_id").by("subnet_id")
                .importId("/", "subnet_id", "route_table_id").done();
        catalogue.type("aws_route").by("route_table_id", "destination_cidr_block")
                .importId("_", "route_table_id", "destination_cidr_block").done();
        // A NAT gateway by its subnet; its EIP by the NAT gateway (subnet) using it.
        catalogue.type("aws_nat_gateway").by("subnet_id").thenByNameTag().done();
        catalogue.type("aws_eip").by(inbound("aws_nat_gateway", "allocation_id", "subnet_id")).thenByNameTag().done();
        catalogue.type("aws_vpc_endpoint").by("vpc_id", "service_name").done();
        catalogue.type("aws_security_group").by("vpc_id", "name").by("vpc_id", "tags.Name").done();
        // A rule is its group, protocol, ports and peer (CIDR, prefix list or group).
        for (String type : new String[]{"aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"}) {
            catalogue.type(type).by(attribute("security_group_id"), attribute("ip_protocol"), optional("from_port"), optional("to_port"),
                    optional("cidr_ipv4"), optional("cidr_ipv6"), optional("prefix_list_id"), optional("referenced_security_group_id")).done();
        }
        catalogue.type("aws_flow_log").by("vpc_id", "log_destination_type", "traffic_type").by("vpc_id").done();
        // Log groups are created by several modules (flow logs here, rds, glue, containers); the name is the identity.
        catalogue.type("aws_cloudwatch_log_group").by("name").done();
        catalogue.type("aws_vpc_peering_connection").by("vpc_id", "peer_vpc_id").thenByNameTag().done();
    }
}
