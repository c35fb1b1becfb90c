package io.glueplatform.secrets;

import java.util.List;

/**
 * A Secrets Manager secret as other modules see it.
 *
 * @param role        short name, e.g. {@code redis}
 * @param arn         the secret's ARN (a reference)
 * @param keys        JSON keys of the secret string, e.g. {@code password}
 * @param valueSource where the value comes from (documentation; see docs/platform.md)
 */
public record Secret(String role, String arn, List<String> keys, String valueSource) {

    public Secret {
        keys = List.copyOf(keys);
    }

    /** {@code valueFrom} of one JSON key for an ECS container definition: {@code <arn>:<key>::}. */
    public String valueFrom(String key) {
        if (!keys.contains(key)) {
            throw new IllegalArgumentException("secret " + role + " has no key '" + key + "'; keys: " + keys);
        }
        return arn + ":" + key + "::";
    }
}
