package io.glueplatform.glue;

import io.glueplatform.config.GlueConfig;
import io.glueplatform.iam.Role;
import io.glueplatform.storage.SecureBucket;
import io.glueplatform.vpc.Firewall;
import io.glueplatform.vpc.SubnetRef;

import java.nio.file.Path;
import java.util.List;

/**
 * @param settings         Glue version, workers, timeout, retries, execution class, VPC switch
 * @param catalogDatabase  name of the catalog database
 * @param vpcId            VPC of the Glue security group
 * @param privateSubnets   one NETWORK connection per subnet, in this order (the first is where ENIs go)
 * @param kmsKeyArn        security configuration key
 * @param role             job role
 * @param scriptsBucket    where scripts are uploaded and temp/spark-logs live
 * @param scriptsDir       local glue-scripts/ folder
 * @param database         JDBC target; null when the platform has no database
 * @param jobs             the jobs
 * @param logRetentionDays retention of the Glue log groups
 */
public record GluePipelineProps(GlueConfig settings, String catalogDatabase, String vpcId, List<SubnetRef> privateSubnets,
                                String kmsKeyArn, Role role, SecureBucket scriptsBucket, Path scriptsDir,
                                JdbcTarget database, List<GlueJobSpec> jobs, int logRetentionDays) {

    /** A JDBC data store: URL without credentials, the secret holding {"username","password"}, and its firewall. */
    public record JdbcTarget(String name, String jdbcUrl, String secretArn, Firewall firewall) {
    }

    public GluePipelineProps {
        privateSubnets = List.copyOf(privateSubnets);
        jobs = List.copyOf(jobs);
        if (settings.runInVpc() && privateSubnets.isEmpty()) {
            throw new IllegalArgumentException("glue: running in the VPC needs at least one private subnet for a NETWORK connection");
        }
        if (privateSubnets.stream().anyMatch(s -> !"private".equals(s.tier()))) {
            throw new IllegalArgumentException("glue: connections belong in private subnets (a public subnet has no NAT route for the ENIs)");
        }
    }
}
