package io.glueplatform.firewalls;

import java.util.List;

/**
 * @param vpcId           VPC of the groups
 * @param vpcCidr         where the bastion may open SSH to
 * @param adminCidrs      sources of the admin ports (bastion SSH, Kubernetes API/NodePorts, monitoring UIs);
 *                        empty means those ports are closed, never open to the world
 * @param webIngressCidrs sources of HTTP/HTTPS on the web group; empty means closed
 * @param sshBastion      create the bastion group at all; default off (Session Manager is the way in)
 */
public record RoleSecurityGroupsProps(String vpcId, String vpcCidr, List<String> adminCidrs, List<String> webIngressCidrs,
                                      boolean sshBastion) {

    public RoleSecurityGroupsProps {
        adminCidrs = List.copyOf(adminCidrs);
        webIngressCidrs = List.copyOf(webIngressCidrs);
        for (String cidr : adminCidrs) {
            if (cidr.endsWith("/0")) {
                throw new IllegalArgumentException("firewalls: admin CIDR " + cidr + " opens admin ports to the whole internet;"
                        + " allowed: specific ranges, or none (closed)");
            }
        }
    }
}
