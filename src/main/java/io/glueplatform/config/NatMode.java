package io.glueplatform.config;

/** How private subnets reach the internet (terraform-aws-vpc's single_nat_gateway / one_nat_gateway_per_az). */
public enum NatMode {
    /** One NAT gateway in the first AZ shared by every private subnet: cheapest, one AZ of blast radius. */
    SINGLE,
    /** One NAT gateway per AZ: a private subnet keeps egress when another AZ fails. */
    ONE_PER_AZ
}
