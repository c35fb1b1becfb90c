package io.glueplatform.config;

import java.util.List;
import java.util.regex.Pattern;

/** {@code database}: the MySQL 8 instance. */
final class DatabaseRules implements SectionRules {

    /** RDS for MySQL on gp3 (the platform's storage type): 20 to 65536 GiB. */
    static final int MIN_STORAGE_GB = 20;
    static final int MAX_STORAGE_GB = 65536;
    private static final Pattern MYSQL_IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,15}");
    private static final List<String> MYSQL_RESERVED_USERNAMES = List.of("admin", "mysql", "rdsadmin", "root");

    @Override
    public void check(EnvironmentConfig env, Problems problems) {
        DatabaseConfig db = env.database();
        problems.addIfAny("database.instanceClass", InstanceCatalog.rdsProblem(db.instanceClass(), "db.t3.micro"));
        problems.matches("database.engineVersion", db.engineVersion(), "8\\.0(\\.\\d+)?|8\\.4(\\.\\d+)?",
                "MySQL 8 versions such as 8.0, 8.0.39 or 8.4");
        boolean allocatedValid = problems.range("database.allocatedStorageGb", db.allocatedStorageGb(), MIN_STORAGE_GB, MAX_STORAGE_GB, "gp3");
        if (db.maxAllocatedStorageGb() > MAX_STORAGE_GB) {
            problems.add("database.maxAllocatedStorageGb", db.maxAllocatedStorageGb() + " is not allowed; allowed: up to "
                    + MAX_STORAGE_GB + " (the gp3 limit of RDS for MySQL)");
        } else if (allocatedValid && db.maxAllocatedStorageGb() < db.allocatedStorageGb()) {
            problems.add("database.maxAllocatedStorageGb", db.maxAllocatedStorageGb() + " is below allocatedStorageGb "
                    + db.allocatedStorageGb() + "; allowed: at least allocatedStorageGb");
        } else if (allocatedValid && 10L * db.maxAllocatedStorageGb() < 11L * db.allocatedStorageGb()) {
            // RDS: "the maximum storage threshold must be at least 10% more than the allocated storage".
            long minimum = (11L * db.allocatedStorageGb() + 9) / 10;
            problems.add("database.maxAllocatedStorageGb", db.maxAllocatedStorageGb() + " is less than 10% above allocatedStorageGb "
                    + db.allocatedStorageGb() + "; allowed: " + minimum + " to " + MAX_STORAGE_GB
                    + " (RDS refuses a storage autoscaling ceiling closer to the allocated storage)");
        }
        problems.matches("database.databaseName", db.databaseName(), MYSQL_IDENTIFIER, "a letter then up to 15 letters, digits or '_'");
        if (!MYSQL_IDENTIFIER.matcher(db.masterUsername()).matches()
                || MYSQL_RESERVED_USERNAMES.contains(db.masterUsername().toLowerCase())) {
            problems.add("database.masterUsername", Problems.show(db.masterUsername())
                    + " is not allowed; allowed: a letter then up to 15 letters, digits or '_', not one of " + MYSQL_RESERVED_USERNAMES);
        }
        if (db.backupRetentionDays() < 1 || db.backupRetentionDays() > 35) {
            problems.add("database.backupRetentionDays", db.backupRetentionDays()
                    + " is not allowed; allowed: 1 to 35 (0 would turn automated backups off)");
        }
    }
}
