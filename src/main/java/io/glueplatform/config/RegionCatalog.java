package io.glueplatform.config;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The AWS regions and the availability-zone letters each one has (2025). A zone letter maps to a different
 * physical zone per account, and some accounts see only a subset (us-west-1: two of a/b/c; ap-northeast-1b
 * only for old accounts), so this is the union: a zone outside it exists in no account. Terraform and the
 * provider would accept any string here and fail only at apply ("InvalidParameterValue ... zone").
 */
public final class RegionCatalog {

    private static final Map<String, String> ZONE_LETTERS = new TreeMap<>(Map.ofEntries(
            Map.entry("us-east-1", "abcdef"),
            Map.entry("us-east-2", "abc"),
            Map.entry("us-west-1", "abc"),
            Map.entry("us-west-2", "abcd"),
            Map.entry("af-south-1", "abc"),
            Map.entry("ap-east-1", "abc"),
            Map.entry("ap-east-2", "abc"),
            Map.entry("ap-south-1", "abc"),
            Map.entry("ap-south-2", "abc"),
            Map.entry("ap-southeast-1", "abc"),
            Map.entry("ap-southeast-2", "abc"),
            Map.entry("ap-southeast-3", "abc"),
            Map.entry("ap-southeast-4", "abc"),
            Map.entry("ap-southeast-5", "abc"),
            Map.entry("ap-southeast-7", "abc"),
            Map.entry("ap-northeast-1", "abcd"),
            Map.entry("ap-northeast-2", "abcd"),
            Map.entry("ap-northeast-3", "abc"),
            Map.entry("ca-central-1", "abd"),
            Map.entry("ca-west-1", "abc"),
            Map.entry("eu-central-1", "abc"),
            Map.entry("eu-central-2", "abc"),
            Map.entry("eu-west-1", "abc"),
            Map.entry("eu-west-2", "abc"),
            Map.entry("eu-west-3", "abc"),
            Map.entry("eu-north-1", "abc"),
            Map.entry("eu-south-1", "abc"),
            Map.entry("eu-south-2", "abc"),
            Map.entry("il-central-1", "abc"),
            Map.entry("me-south-1", "abc"),
            Map.entry("me-central-1", "abc"),
            Map.entry("mx-central-1", "abc"),
            Map.entry("sa-east-1", "abc"),
            Map.entry("us-gov-east-1", "abc"),
            Map.entry("us-gov-west-1", "abc"),
            Map.entry("cn-north-1", "abd"),
            Map.entry("cn-northwest-1", "abc")));

    private RegionCatalog() {
    }

    public static boolean isRegion(String region) {
        return region != null && ZONE_LETTERS.containsKey(region);
    }

    /** The zones of a known region, e.g. us-east-2a, us-east-2b, us-east-2c. */
    public static List<String> zones(String region) {
        return ZONE_LETTERS.get(region).chars().mapToObj(letter -> region + (char) letter).toList();
    }

    /** The AWS partition of a region, as ARNs spell it: {@code aws}, {@code aws-us-gov} or {@code aws-cn}. */
    public static String partitionOf(String region) {
        if (region.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        return region.startsWith("cn-") ? "aws-cn" : "aws";
    }

    public static List<String> regions() {
        return List.copyOf(ZONE_LETTERS.keySet());
    }

    /** The problem text for a value that is not a region: {@code '<value>' is not an AWS region; allowed: ...}. */
    static String notARegion(String value) {
        return Problems.show(value) + " is not an AWS region; allowed: one of " + String.join(", ", regions());
    }

    /**
     * Checks {@code zones} of {@code field} against {@code region} (skipped when the region itself is invalid, so
     * the region is blamed once); reports each zone that is not one of the region's.
     */
    static void checkZones(Problems problems, String field, String region, List<String> zones) {
        if (!isRegion(region)) {
            return;
        }
        List<String> known = zones(region);
        for (String zone : zones) {
            if (!known.contains(zone)) {
                problems.add(field, Problems.show(zone) + " is not a zone of " + region + "; allowed: " + String.join(", ", known));
            }
        }
    }
}
