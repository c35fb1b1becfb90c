package io.glueplatform.config;

import java.util.Set;
import java.util.TreeSet;

/** {@code storage} and {@code logRetentionDays}: how long data and logs are kept. */
final class StorageRules implements SectionRules {

    /** The only values CloudWatch Logs accepts for a log group's retention (PutRetentionPolicy). */
    static final Set<Integer> LOG_RETENTION_DAYS = new TreeSet<>(Set.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400,
            545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653));

    /** Runs the log retention check; the storage check runs separately to keep the documented order of problems. */
    static void checkLogRetention(EnvironmentConfig env, Problems problems) {
        if (!LOG_RETENTION_DAYS.contains(env.logRetentionDays())) {
            problems.add("logRetentionDays", env.logRetentionDays() + " is not allowed; allowed: one of CloudWatch's retention values "
                    + LOG_RETENTION_DAYS);
        }
    }

    @Override
    public void check(EnvironmentConfig env, Problems problems) {
        int days = env.storage().noncurrentVersionExpirationDays();
        if (days < 1) {
            problems.add("storage.noncurrentVersionExpirationDays", days + " is not allowed; allowed: 1 or more days");
        }
    }
}
