package io.glueplatform.rds;

import io.glueplatform.config.DatabaseConfig;
import io.glueplatform.vpc.SubnetRef;

import java.util.List;

/**
 * @param settings         engine, size, backup and protection settings from the environment
 * @param vpcId            VPC of the security group
 * @param subnets          private subnets for the subnet group (two or more zones)
 * @param kmsKeyArn        encrypts storage, the managed master secret and the log groups
 * @param logRetentionDays retention of the exported log groups
 */
public record DatabaseProps(DatabaseConfig settings, String vpcId, List<SubnetRef> subnets, String kmsKeyArn, int logRetentionDays) {

    /** Logs exported to CloudWatch; the audit log would need an option group, so it is not listed. */
    public static final List<String> LOG_EXPORTS = List.of("error", "general", "slowquery");
    public static final int PORT = 3306;

    public DatabaseProps {
        subnets = List.copyOf(subnets);
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
