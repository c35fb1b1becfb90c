package io.glueplatform.config;

import java.util.List;

/**
 * A second VPC holding a PostgreSQL RDS instance, peered with the Glue VPC (seed 003). Routes are added
 * both ways, DNS resolution over the peering is on, and the database admits the Glue VPC's CIDR on 5432.
 * Same region: the job also lists a JDBC connection placed in this VPC (after the Glue VPC's connections,
 * so Glue's ENIs stay in the Glue VPC). Another region: the connection sits in the Glue VPC (Glue cannot
 * place a connection in another region's subnet).
 *
 * @param region             default: the environment's region
 * @param availabilityZones  required; two or more zones of the region (RDS subnet group)
 * @param vpcCidr            required; /16 to /28, must not overlap the Glue VPC (peering refuses overlaps)
 * @param subnetCidrs        required; one per zone, inside vpcCidr
 * @param instanceClass      default db.t4g.micro
 * @param engineVersion      default 16 (PostgreSQL major; TLS is forced by default from 15 on)
 * @param databaseName       default orders
 * @param masterUsername     default pgadmin (password managed by RDS in Secrets Manager)
 * @param allocatedStorageGb default 20
 * @param deletionProtection default true
 */
public record PeeredVpcConfig(
        String region,
        List<String> availabilityZones,
        String vpcCidr,
        List<String> subnetCidrs,
        String instanceClass,
        String engineVersion,
        String databaseName,
        String masterUsername,
        Integer allocatedStorageGb,
        Boolean deletionProtection) {

    public PeeredVpcConfig {
        availabilityZones = availabilityZones == null ? List.of() : List.copyOf(availabilityZones);
        subnetCidrs = subnetCidrs == null ? List.of() : List.copyOf(subnetCidrs);
        instanceClass = instanceClass == null ? "db.t4g.micro" : instanceClass;
        engineVersion = engineVersion == null ? "16" : engineVersion;
        databaseName = databaseName == null ? "orders" : databaseName;
        masterUsername = masterUsername == null ? "pgadmin" : masterUsername;
        allocatedStorageGb = allocatedStorageGb == null ? 20 : allocatedStorageGb;
        deletionProtection = deletionProtection == null ? Boolean.TRUE : deletionProtection;
    }

    /** The region the peered VPC lives in. */
    public String regionOr(String environmentRegion) {
        return region == null ? environmentRegion : region;
    }
}
