package io.glueplatform.glue;

import io.glueplatform.cdk.Required;
import io.glueplatform.config.GlueConfig;
import io.glueplatform.rds.Database;
import io.glueplatform.vpc.SubnetRef;

import java.util.List;

/**
 * What the Glue pipeline needs.
 *
 * @param dependencies     what it is built on (scope, network, key, lake, job catalog); required
 * @param jdbcStores       the stores jobs may reach; null: none
 * @param settings         Glue version, workers, timeout, retries, execution class, VPC switch; null: {@link GlueConfig#defaults()}
 * @param catalogDatabase  name of the catalog database; required
 * @param logRetentionDays retention of the Glue log groups
 */
public record GluePipelineProps(GlueDependencies dependencies, JdbcStores jdbcStores, GlueConfig settings, String catalogDatabase,
                                int logRetentionDays) {

    public GluePipelineProps {
        Required.value(dependencies, "glue", "dependencies");
        jdbcStores = jdbcStores == null ? new JdbcStores(null, null) : jdbcStores;
        settings = settings == null ? GlueConfig.defaults() : settings;
        Required.value(catalogDatabase, "glue", "catalogDatabase");
        List<SubnetRef> subnets = dependencies.network().privateSubnets();
        if (settings.runInVpc() && subnets.isEmpty()) {
            throw new IllegalArgumentException("glue: running in the VPC needs at least one private subnet for a NETWORK connection");
        }
        if (subnets.stream().anyMatch(s -> !"private".equals(s.tier()))) {
            throw new IllegalArgumentException("glue: connections belong in private subnets (a public subnet has no NAT route for the ENIs)");
        }
    }

    /** The network's private subnets: one NETWORK connection each, in order. */
    public List<SubnetRef> privateSubnets() {
        return dependencies.network().privateSubnets();
    }

    /** The platform's MySQL, or null. */
    public Database database() {
        return jdbcStores.database();
    }

    /** Stores outside the Glue VPC. */
    public List<GlueStore> stores() {
        return jdbcStores.external();
    }

    /** The stores a job can reach in this environment: none outside the VPC (a JDBC connection needs the VPC), else all. */
    public List<StoreKind> reachableStores() {
        return settings.runInVpc() ? jdbcStores.kinds() : List.of();
    }

    /** What the environment has, for messages: "mysql, redshift", "none (glue.runInVpc is false: ...)". */
    public String describeReachableStores() {
        if (!settings.runInVpc()) {
            return "none (glue.runInVpc is false: a job outside the VPC reaches no JDBC store)";
        }
        List<StoreKind> kinds = reachableStores();
        return kinds.isEmpty() ? "none" : String.join(", ", kinds.stream().map(StoreKind::connectionName).toList());
    }
}
