package io.glueplatform.rds;

import io.glueplatform.cdk.Required;
import io.glueplatform.config.DatabaseConfig;
import io.glueplatform.kms.PlatformKey;
import io.glueplatform.vpc.Network;
import io.glueplatform.vpc.SubnetRef;

import java.util.List;

/**
 * What the database needs.
 *
 * @param settings         engine, size, backup and protection; null: {@link DatabaseConfig#defaults()}
 * @param network          its VPC and private subnets (the subnet group, two or more zones); required
 * @param key              encrypts storage, the managed master secret and the log groups; required
 * @param logRetentionDays retention of the exported log groups
 */
public record DatabaseProps(DatabaseConfig settings, Network network, PlatformKey key, int logRetentionDays) {

    /** Logs exported to CloudWatch; the audit log would need an option group, so it is not listed. */
    public static final List<String> LOG_EXPORTS = List.of("error", "general", "slowquery");
    public static final int PORT = 3306;

    public DatabaseProps {
        settings = settings == null ? DatabaseConfig.defaults() : settings;
        Required.all("rds", "network", network, "key", key);
        List<SubnetRef> subnets = network.privateSubnets();
        if (subnets.size() < 2) {
            throw new IllegalArgumentException("rds: a DB subnet group needs subnets in two or more availability zones, got " + subnets.size());
        }
        if (subnets.stream().anyMatch(subnet -> !"private".equals(subnet.tier()))) {
            throw new IllegalArgumentException("rds: the database belongs in private subnets only");
        }
    }

    /** mysql8.0 for 8.0.x, mysql8.4 for 8.4.x: the parameter group family follows the major version. */
    public String parameterGroupFamily() {
        return "mysql" + settings.engineVersion().substring(0, 3);
    }
}
