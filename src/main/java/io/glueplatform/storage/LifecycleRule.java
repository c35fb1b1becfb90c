package io.glueplatform.storage;

import java.util.List;

/**
 * One lifecycle rule for a prefix ("" = whole bucket).
 *
 * @param id                      rule id shown in the console
 * @param prefix                  key prefix the rule applies to
 * @param transitions             storage class changes, in days after creation
 * @param expirationDays          delete current versions after this many days; null keeps them
 * @param noncurrentExpirationDays delete old versions after this many days; null keeps them
 */
public record LifecycleRule(String id, String prefix, List<Transition> transitions, Integer expirationDays,
                            Integer noncurrentExpirationDays) {

    public record Transition(int days, String storageClass) {
    }

    public LifecycleRule {
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
    }

    public static LifecycleRule noncurrentVersions(int days) {
        return new LifecycleRule("expire-noncurrent-versions", "", List.of(), null, days);
    }
}
