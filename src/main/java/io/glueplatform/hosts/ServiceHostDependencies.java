package io.glueplatform.hosts;

import io.glueplatform.firewall.RoleSecurityGroups;
import io.glueplatform.kms.PlatformKey;
import io.glueplatform.secrets.PlatformSecrets;
import io.glueplatform.vpc.Network;

/**
 * What the Kubernetes and the monitoring host are wired to; all four are required. Each host picks its own part:
 * its role security group and its admin-login secret.
 *
 * @param network        the private subnet it runs in
 * @param key            encrypts its root volume
 * @param securityGroups the role groups of seed 004 (kubernetes, monitoring)
 * @param secrets        the platform secrets, one of which holds the host's generated admin login
 */
public record ServiceHostDependencies(Network network, PlatformKey key, RoleSecurityGroups securityGroups, PlatformSecrets secrets) {

    public ServiceHostDependencies {
        Dependencies.require("Kubernetes or monitoring host", network, "network", "the private subnet it runs in");
        Dependencies.require("Kubernetes or monitoring host", key, "key", "the platform key encrypting its root volume");
        Dependencies.require("Kubernetes or monitoring host", securityGroups, "securityGroups", "the role security groups, one of which is the host's");
        Dependencies.require("Kubernetes or monitoring host", secrets, "secrets", "the platform secrets, one of which holds the host's admin login");
    }
}
