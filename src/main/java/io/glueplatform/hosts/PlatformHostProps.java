package io.glueplatform.hosts;

import io.glueplatform.iam.Role;
import io.glueplatform.vpc.Firewall;
import io.glueplatform.vpc.SubnetRef;

/**
 * @param role          address role and name part, {@code kubernetes} or {@code monitoring}
 * @param description   what the host is for
 * @param instanceType  e.g. t3.small
 * @param imageId       an AMI id or {@code resolve:ssm:/...} (EC2 resolves it at launch; no AWS call at plan time)
 * @param rootVolumeGb  encrypted gp3 root volume size
 * @param region        for the Session Manager commands
 * @param subnet        a private subnet (the hosts are reached through Session Manager, not from the internet)
 * @param firewall      the host's role security group
 * @param instanceRole  EC2 role (Session Manager core + what the host's user data needs)
 * @param kmsKeyArn     encrypts the root volume
 * @param userData      first-boot script (Terraform-escaped)
 */
public record PlatformHostProps(String role, String description, String instanceType, String imageId, int rootVolumeGb,
                                String region, SubnetRef subnet, Firewall firewall, Role instanceRole, String kmsKeyArn,
                                String userData) {

    public PlatformHostProps {
        if (!"private".equals(subnet.tier())) {
            throw new IllegalArgumentException("hosts: " + role + " host belongs in a private subnet (Session Manager is the way in), got a "
                    + subnet.tier() + " one");
        }
        if (userData.length() > 16 * 1024) {
            throw new IllegalArgumentException("hosts: " + role + " user data is " + userData.length() + " bytes; allowed: 16 KB (EC2 limit)");
        }
    }
}
