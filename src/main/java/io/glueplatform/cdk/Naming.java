package io.glueplatform.cdk;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place that turns (module, role) into names. Terraform addresses are {@code <module>_<role>}
 * (e.g. {@code aws_subnet.vpc_private_a}) and AWS Name tags are {@code <env>-<module>-<role>}; neither
 * depends on where a construct sits in the tree, so refactoring Java never moves state.
 */
public record Naming(String environment) {

    public String address(String module, String role) {
        return (module + "_" + role).replace('-', '_');
    }

    public String resourceName(String module, String role) {
        return (environment + "-" + module + "-" + role).replace('_', '-');
    }

    /** Name tag plus any per-resource tags; common tags come from the provider's default_tags. */
    public Map<String, String> tags(String module, String role, Map<String, String> extra) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Name", resourceName(module, role));
        tags.putAll(extra);
        return tags;
    }

    public Map<String, String> tags(String module, String role) {
        return tags(module, role, Map.of());
    }
}
