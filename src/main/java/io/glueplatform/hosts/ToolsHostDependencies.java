package io.glueplatform.hosts;

import io.glueplatform.kms.PlatformKey;
import io.glueplatform.rds.Database;
import io.glueplatform.vpc.Network;

/**
 * What the tools host is wired to; all three are required.
 *
 * @param network  the subnet it runs in and the VPC of its security group
 * @param key      encrypts its root volume
 * @param database what connect_to_rds.sh connects to: the host's group is admitted on it and its role may read the secret
 */
public record ToolsHostDependencies(Network network, PlatformKey key, Database database) {

    public ToolsHostDependencies {
        Dependencies.require("tools host", network, "network", "the subnet it runs in");
        Dependencies.require("tools host", key, "key", "the platform key encrypting its root volume");
        Dependencies.require("tools host", database, "database", "the MySQL database its connect script opens");
    }
}
