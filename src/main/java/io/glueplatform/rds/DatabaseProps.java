package io.glueplatform.rds;

import io.glueplatform.cdk.Required;
import io.glueplatform.config.DatabaseConfig;
import io.glueplatform.kms.PlatformKey;
import io.glueplatform.vpc.Network;
import io.glueplatform.vpc.SubnetRef;

import java.util.List;

/**
 * What the database needs, built with {@link #builder()}. Required: network (its VPC and private subnets) and key
 * (storage, the managed master secret, the log groups). Defaults: {@link DatabaseConfig#defaults()}, log retention
 * 30 days.
 */
public final class DatabaseProps {

    /** Logs exported to CloudWatch; the audit log would need an option group, so it is not listed. */
    public static final List<String> LOG_EXPORTS = List.of("error", "general", "slowquery");
    public static final int PORT = 3306;

    private final DatabaseConfig settings;
    private final Network network;
    private final PlatformKey key;
    private final int logRetentionDays;

    private DatabaseProps(Builder builder) {
        this.settings = builder.settings;
        this.network = Required.value(builder.network, "rds", "network");
        this.key = Required.value(builder.key, "rds", "key");
        this.logRetentionDays = builder.logRetentionDays;
        List<SubnetRef> subnets = subnets();
        if (subnets.size() < 2) {
            throw new IllegalArgumentException("rds: a DB subnet group needs subnets in two or more availability zones, got " + subnets.size());
        }
        if (subnets.stream().anyMatch(subnet -> !"private".equals(subnet.tier()))) {
            throw new IllegalArgumentException("rds: the database belongs in private subnets only");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Engine, size, backup and protection settings from the environment. */
    public DatabaseConfig settings() {
        return settings;
    }

    /** VPC of the security group. */
    public String vpcId() {
        return network.vpcId();
    }

    /** The network's private subnets: the subnet group. */
    public List<SubnetRef> subnets() {
        return network.privateSubnets();
    }

    public String kmsKeyArn() {
        return key.arn();
    }

    public int logRetentionDays() {
        return logRetentionDays;
    }

    /** mysql8.0 for 8.0.x, mysql8.4 for 8.4.x: the parameter group family follows the major version. */
    public String parameterGroupFamily() {
        return "mysql" + settings.engineVersion().substring(0, 3);
    }

    public static final class Builder {
        private DatabaseConfig settings = DatabaseConfig.defaults();
        private Network network;
        private PlatformKey key;
        private int logRetentionDays = 30;

        private Builder() {
        }

        public Builder settings(DatabaseConfig settings) {
            this.settings = settings;
            return this;
        }

        public Builder network(Network network) {
            this.network = network;
            return this;
        }

        public Builder key(PlatformKey key) {
            this.key = key;
            return this;
        }

        public Builder logRetentionDays(int logRetentionDays) {
            this.logRetentionDays = logRetentionDays;
            return this;
        }

        public DatabaseProps build() {
            return new DatabaseProps(this);
        }
    }
}
