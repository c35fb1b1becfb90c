package io.glueplatform.ec2;

import io.glueplatform.config.HostPlacement;
import io.glueplatform.config.ToolsHostConfig;
import io.glueplatform.vpc.SubnetRef;

/**
 * @param settings            instance type, AMI, placement, disk
 * @param region              for the AWS CLI in the connect script
 * @param vpcId               VPC of the host's security group
 * @param subnet              where the host runs (private by default; public per {@link HostPlacement#PUBLIC})
 * @param instanceProfileName Session Manager role profile
 * @param kmsKeyArn           encrypts the root volume
 * @param database            what connect_to_rds.sh connects to
 */
public record ToolsHostProps(ToolsHostConfig settings, String region, String vpcId, SubnetRef subnet,
                             String instanceProfileName, String kmsKeyArn, DatabaseEndpoint database) {

    /** Connection facts for the generated script: no password, only where to fetch it. */
    public record DatabaseEndpoint(String host, String port, String databaseName, String secretArn) {
    }

    public ToolsHostProps {
        boolean wantsPublic = settings.placement() == HostPlacement.PUBLIC;
        if (wantsPublic != "public".equals(subnet.tier())) {
            throw new IllegalArgumentException("ec2: placement " + settings.placement() + " needs a " + (wantsPublic ? "public" : "private")
                    + " subnet, got a " + subnet.tier() + " one");
        }
    }
}
