package io.glueplatform.config;

import java.util.List;
import java.util.Map;

/**
 * Everything that differs between environments, read from {@code environments/<name>.json}.
 * Absent optional fields take the safe default documented on each record; see README "Configuration".
 *
 * @param name              the environment (file name); also the stack name
 * @param accountId         required; the 12-digit AWS account. Scopes every ARN and guards real deploys
 * @param region            required, e.g. us-east-2
 * @param availabilityZones required; two or more AZs of the region, in subnet order
 * @param namePrefix        prefix of globally unique names (buckets); default glueplat
 * @param adminCidrs        CIDRs allowed to reach admin surfaces; default none (closed)
 * @param logRetentionDays  CloudWatch retention for every log group; default 30
 * @param tags              merged into every resource's tags
 * @param services          feature switches of the wider platform (seed 004)
 * @param connectivity      cross-region / peered data stores for Glue (seeds 002, 003)
 * @param backend           where state lives; default local
 * @param migration         moved/import blocks for adopting existing infrastructure
 */
public record EnvironmentConfig(
        String name,
        String accountId,
        String region,
        List<String> availabilityZones,
        String namePrefix,
        NetworkConfig network,
        List<String> adminCidrs,
        ToolsHostConfig toolsHost,
        DatabaseConfig database,
        GlueConfig glue,
        StorageConfig storage,
        Integer logRetentionDays,
        Map<String, String> tags,
        ServicesConfig services,
        ConnectivityConfig connectivity,
        BackendConfig backend,
        MigrationConfig migration) {

    public EnvironmentConfig {
        availabilityZones = availabilityZones == null ? List.of() : List.copyOf(availabilityZones);
        namePrefix = namePrefix == null ? "glueplat" : namePrefix;
        adminCidrs = adminCidrs == null ? List.of() : List.copyOf(adminCidrs);
        toolsHost = toolsHost == null ? ToolsHostConfig.defaults() : toolsHost;
        database = database == null ? DatabaseConfig.defaults() : database;
        glue = glue == null ? GlueConfig.defaults() : glue;
        storage = storage == null ? StorageConfig.defaults() : storage;
        logRetentionDays = logRetentionDays == null ? 30 : logRetentionDays;
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        services = services == null ? ServicesConfig.defaults() : services;
        connectivity = connectivity == null ? ConnectivityConfig.defaults() : connectivity;
        backend = backend == null ? BackendConfig.defaults() : backend;
        migration = migration == null ? MigrationConfig.defaults() : migration;
    }

    /** The AWS partition of the region (arn:aws, arn:aws-us-gov, arn:aws-cn). */
    public String partition() {
        return RegionCatalog.partitionOf(region);
    }

    /** {@code <prefix>-<env>-<purpose>-<account>-<region>}: globally unique and self-describing. */
    public String bucketName(String purpose) {
        return namePrefix + "-" + name + "-" + purpose + "-" + accountId + "-" + region;
    }

    public String catalogDatabaseName() {
        return glue.catalogDatabaseName() != null ? glue.catalogDatabaseName() : name.replace('-', '_') + "_data_lake_catalog";
    }
}
