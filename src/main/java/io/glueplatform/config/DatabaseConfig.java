package io.glueplatform.config;

/**
 * The MySQL 8 instance glue jobs read from. The master password is never configured: RDS generates it
 * and keeps it in Secrets Manager.
 *
 * @param instanceClass        default db.t3.micro
 * @param engineVersion        default 8.0 (major version; RDS picks the newest minor)
 * @param allocatedStorageGb   default 20
 * @param maxAllocatedStorageGb storage autoscaling ceiling, default 100
 * @param databaseName         default customers
 * @param masterUsername       default dbadmin
 * @param multiAz              default false
 * @param backupRetentionDays  automated backups, 1..35, default 7
 * @param deletionProtection   default true (an environment opts out, never in)
 * @param finalSnapshot        take a final snapshot on destroy; default true
 */
public record DatabaseConfig(
        String instanceClass,
        String engineVersion,
        Integer allocatedStorageGb,
        Integer maxAllocatedStorageGb,
        String databaseName,
        String masterUsername,
        Boolean multiAz,
        Integer backupRetentionDays,
        Boolean deletionProtection,
        Boolean finalSnapshot) {

    public DatabaseConfig {
        instanceClass = instanceClass == null ? "db.t3.micro" : instanceClass;
        engineVersion = engineVersion == null ? "8.0" : engineVersion;
        allocatedStorageGb = allocatedStorageGb == null ? 20 : allocatedStorageGb;
        maxAllocatedStorageGb = maxAllocatedStorageGb == null ? 100 : maxAllocatedStorageGb;
        databaseName = databaseName == null ? "customers" : databaseName;
        masterUsername = masterUsername == null ? "dbadmin" : masterUsername;
        multiAz = multiAz == null ? Boolean.FALSE : multiAz;
        backupRetentionDays = backupRetentionDays == null ? 7 : backupRetentionDays;
        deletionProtection = deletionProtection == null ? Boolean.TRUE : deletionProtection;
        finalSnapshot = finalSnapshot == null ? Boolean.TRUE : finalSnapshot;
    }

    public static DatabaseConfig defaults() {
        return new DatabaseConfig(null, null, null, null, null, null, null, null, null, null);
    }
}
