package io.glueplatform.iam;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One IAM policy statement. Resources are ARNs (often Terraform references); conditions map an
 * operator (e.g. {@code StringEquals}) to key/value pairs.
 */
public record PolicyStatement(
        String sid,
        String effect,
        Map<String, List<String>> principals,
        List<String> actions,
        List<String> resources,
        Map<String, Map<String, Object>> conditions) {

    public PolicyStatement {
        // Insertion-ordered copies: Map.copyOf iterates in a per-JVM random order, which made the rendered JSON
        // (principal types, condition operators) differ from one synth to the next.
        principals = principals == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(principals));
        actions = List.copyOf(actions);
        resources = resources == null ? List.of() : List.copyOf(resources);
        conditions = conditions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(conditions));
    }

    public static PolicyStatement allow(String sid, List<String> actions, List<String> resources) {
        return new PolicyStatement(sid, "Allow", null, actions, resources, null);
    }

    public PolicyStatement withPrincipal(String type, String... identifiers) {
        Map<String, List<String>> merged = new LinkedHashMap<>(principals);
        merged.put(type, List.of(identifiers));
        return new PolicyStatement(sid, effect, merged, actions, resources, conditions);
    }

    public PolicyStatement withCondition(String operator, String key, Object value) {
        Map<String, Map<String, Object>> merged = new LinkedHashMap<>(conditions);
        Map<String, Object> entries = new LinkedHashMap<>(merged.getOrDefault(operator, Map.of()));
        entries.put(key, value);
        merged.put(operator, entries);
        return new PolicyStatement(sid, effect, principals, actions, resources, merged);
    }

    public PolicyStatement deny() {
        return new PolicyStatement(sid, "Deny", principals, actions, resources, conditions);
    }
}
