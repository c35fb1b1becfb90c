package io.glueplatform.glue;

import io.glueplatform.config.GlueConfig;
import io.glueplatform.iam.Role;
import io.glueplatform.storage.SecureBucket;
import io.glueplatform.firewall.Firewall;
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
 * @param libraryBundle    the glue_common bundle ({@link JobCatalog#libraryBundle()}) every job gets with --extra-py-files
 * @param database         JDBC target; null when the platform has no database
 * @param jobs             the jobs
 * @param logRetentionDays retention of the Glue log groups
 * @param stores           JDBC stores outside the Glue VPC (cross-region, peered VPC); jobs name them in
 *                         {@link GlueJobSpec#connectionArguments()}. Default none
 */
public record GluePipelineProps(GlueConfig settings, String catalogDatabase, String vpcId, List<SubnetRef> privateSubnets,
                                String kmsKeyArn, Role role, SecureBucket scriptsBucket, Path scriptsDir,
                                Path libraryBundle, JdbcTarget database, List<GlueJobSpec> jobs, int logRetentionDays, List<ExternalStore> stores) {

    public GluePipelineProps(GlueConfig settings, String catalogDatabase, String vpcId, List<SubnetRef> privateSubnets,
                             String kmsKeyArn, Role role, SecureBucket scriptsBucket, Path scriptsDir,
                             Path libraryBundle, JdbcTarget database, List<GlueJobSpec> jobs, int logRetentionDays) {
        this(settings, catalogDatabase, vpcId, privateSubnets, kmsKeyArn, role, scriptsBucket, scriptsDir, libraryBundle, database, jobs,
                logRetentionDays, List.of());
    }

    /**
     * A JDBC data store outside the platform's own database, with its own Glue JDBC connection.
     *
     * @param name            connection role and name suffix, e.g. {@code redshift}; jobs get {@code --<NAME>_CONNECTION}
     * @param description     shown in the console
     * @param jdbcUrl         URL without credentials
     * @param secretArn       secret in the Glue region holding {"username","password"}
     * @param port            the store's port
     * @param egressCidr      where the Glue security group may send on {@code port} (the store's EIP /32 or its VPC)
     * @param subnet          where the connection is placed; null: the Glue VPC's first private subnet
     * @param securityGroupId the connection's security group when {@code subnet} is given (in that subnet's VPC);
     *                        null: the Glue security group
     */
    public record ExternalStore(String name, String description, String jdbcUrl, String secretArn, int port, String egressCidr,
                                SubnetRef subnet, String securityGroupId) {
        public ExternalStore {
            if ((subnet == null) != (securityGroupId == null)) {
                throw new IllegalArgumentException("glue store " + name + ": a connection in another subnet needs a security group of that VPC");
            }
        }
    }

    /** A JDBC data store: URL without credentials, the secret holding {"username","password"}, and its firewall. */
    public record JdbcTarget(String name, String jdbcUrl, String secretArn, Firewall firewall) {
    }

    public GluePipelineProps {
        privateSubnets = List.copyOf(privateSubnets);
        jobs = List.copyOf(jobs);
        stores = stores == null ? List.of() : List.copyOf(stores);
        if (settings.runInVpc() && privateSubnets.isEmpty()) {
            throw new IllegalArgumentException("glue: running in the VPC needs at least one private subnet for a NETWORK connection");
        }
        if (privateSubnets.stream().anyMatch(s -> !"private".equals(s.tier()))) {
            throw new IllegalArgumentException("glue: connections belong in private subnets (a public subnet has no NAT route for the ENIs)");
        }
    }
}
