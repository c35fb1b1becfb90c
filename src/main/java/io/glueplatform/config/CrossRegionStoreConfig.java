package io.glueplatform.config;

import java.util.List;

/**
 * A Redshift cluster in another region (and optionally another account), in its own VPC, reached by Glue
 * through the Glue VPC's NAT gateway (seed 002). Its security group admits only the NAT gateways' Elastic
 * IPs (/32) on {@code port}. That path crosses the internet (TLS enforced), so the cluster must be
 * publicly accessible: {@code publiclyAccessible: false} is allowed here but the network preflight then
 * refuses to synthesize (GLUE-NET-006) with the fix.
 *
 * @param region             required; the store's region (different from the environment's, unless another account)
 * @param accountId          default: the environment's account. Another 12-digit account needs {@code assumeRoleArn}
 * @param assumeRoleArn      default none: the role Terraform assumes for the store's provider (cross-account)
 * @param availabilityZones  required; one or more zones of {@code region}
 * @param vpcCidr            required; the store VPC, /16 to /28
 * @param subnetCidrs        required; one per zone, inside vpcCidr
 * @param nodeType           default ra3.xlplus
 * @param numberOfNodes      default 1 (single-node)
 * @param databaseName       default analytics
 * @param masterUsername     default awsadmin (the password is managed by Redshift in Secrets Manager)
 * @param port               default 5439
 * @param publiclyAccessible default false (safe); must be true for the NAT path
 * @param finalSnapshot      default true
 */
public record CrossRegionStoreConfig(
        String region,
        String accountId,
        String assumeRoleArn,
        List<String> availabilityZones,
        String vpcCidr,
        List<String> subnetCidrs,
        String nodeType,
        Integer numberOfNodes,
        String databaseName,
        String masterUsername,
        Integer port,
        Boolean publiclyAccessible,
        Boolean finalSnapshot) {

    public CrossRegionStoreConfig {
        availabilityZones = availabilityZones == null ? List.of() : List.copyOf(availabilityZones);
        subnetCidrs = subnetCidrs == null ? List.of() : List.copyOf(subnetCidrs);
        nodeType = nodeType == null ? "ra3.xlplus" : nodeType;
        numberOfNodes = numberOfNodes == null ? 1 : numberOfNodes;
        databaseName = databaseName == null ? "analytics" : databaseName;
        masterUsername = masterUsername == null ? "awsadmin" : masterUsername;
        port = port == null ? 5439 : port;
        publiclyAccessible = publiclyAccessible == null ? Boolean.FALSE : publiclyAccessible;
        finalSnapshot = finalSnapshot == null ? Boolean.TRUE : finalSnapshot;
    }
}
