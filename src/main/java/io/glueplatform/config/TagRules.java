package io.glueplatform.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code tags}: merged into the provider's default_tags, so every rule here is AWS's tag rule for every resource
 * (docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html): keys 1-128 and values 0-256 Unicode characters of
 * letters, digits, spaces and {@code _.:/=+-@}, no {@code aws:} prefix, at most 50 tags per resource. Keys the platform
 * sets itself cannot be overridden: a user's {@code Environment} would silently replace the real one on every resource.
 */
final class TagRules implements SectionRules {

    /** Set on every resource through default_tags (Providers.commonTags). */
    static final List<String> PLATFORM_TAGS = List.of("Project", "Environment", "ManagedBy");
    /** Set per resource (cdk.Naming and a few modules); a resource tag wins over default_tags, so a user value would be lost. */
    static final List<String> RESOURCE_TAGS = List.of("Name", "Tier", "ValueSource");
    static final int AWS_MAX_TAGS = 50;
    /** What is left for the user: AWS's 50 minus the platform's 3 and at most 2 per-resource tags on any one resource. */
    static final int MAX_USER_TAGS = AWS_MAX_TAGS - PLATFORM_TAGS.size() - 2;
    private static final Pattern CHARACTERS = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

    @Override
    public void check(EnvironmentConfig env, Problems problems) {
        Map<String, String> tags = new TreeMap<>(env.tags());
        if (tags.size() > MAX_USER_TAGS) {
            problems.add("tags", "has " + tags.size() + " tags; allowed: at most " + MAX_USER_TAGS + " (AWS allows " + AWS_MAX_TAGS
                    + " per resource; the platform sets " + String.join(", ", PLATFORM_TAGS) + " and up to two per resource)");
        }
        Map<String, String> seenIgnoringCase = new TreeMap<>();
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            String key = tag.getKey();
            String field = key.matches("[A-Za-z0-9_-]{1,60}") ? "tags." + key : "tags[" + Problems.show(key) + "]";
            String reserved = reservedKey(key);
            int keyLength = key.codePointCount(0, key.length());
            if (reserved != null) {
                problems.add(field, reserved);
            } else if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
                problems.add(field, "the prefix 'aws:' is reserved for AWS; allowed: a key that does not start with aws:");
            } else if (keyLength < 1 || keyLength > 128) {
                problems.add(field, "the key has " + keyLength + " characters; allowed: 1 to 128 characters");
            } else if (!CHARACTERS.matcher(key).matches()) {
                problems.add(field, "the key has characters AWS refuses; allowed: letters, digits, spaces and _ . : / = + - @");
            } else {
                String other = seenIgnoringCase.putIfAbsent(key.toLowerCase(Locale.ROOT), key);
                if (other != null) {
                    problems.add(field, "differs from the key " + Problems.show(other) + " only in case; allowed: keys that differ in more"
                            + " than case (IAM treats tag keys case-insensitively and refuses both on a role)");
                }
            }
            String value = tag.getValue();
            int valueLength = value.codePointCount(0, value.length());
            if (valueLength > 256) {
                problems.add(field, "the value has " + valueLength + " characters; allowed: at most 256 characters");
            } else if (!CHARACTERS.matcher(value).matches()) {
                problems.add(field, "the value " + Problems.show(value) + " has characters AWS refuses; allowed: letters, digits,"
                        + " spaces and _ . : / = + - @");
            }
        }
    }

    /** Why {@code key} belongs to the platform (also in another case: IAM would see the same key), or null. */
    private static String reservedKey(String key) {
        for (String platform : PLATFORM_TAGS) {
            if (platform.equalsIgnoreCase(key)) {
                return "the platform sets " + platform + " on every resource; allowed: any key other than "
                        + String.join(", ", PLATFORM_TAGS) + ", " + String.join(", ", RESOURCE_TAGS);
            }
        }
        for (String resource : RESOURCE_TAGS) {
            if (resource.equalsIgnoreCase(key)) {
                return "the platform sets " + resource + " per resource, which would replace this value; allowed: any key other than "
                        + String.join(", ", PLATFORM_TAGS) + ", " + String.join(", ", RESOURCE_TAGS);
            }
        }
        return null;
    }
}
