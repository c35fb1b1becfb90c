package io.glueplatform.migration;

import com.hashicorp.cdktf.TerraformResource;
import com.hashicorp.cdktf.TerraformStack;
import io.glueplatform.config.ConfigException;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.config.MigrationConfig;
import software.constructs.IConstruct;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Emits the Terraform {@code moved} and {@code import} blocks an environment's {@code migration} section
 * asks for. Runs once, after every resource of the stack exists.
 */
public final class MigrationBlocks {

    private MigrationBlocks() {
    }

    /** Every resource of the stack by Terraform address ({@code type.name}), sorted. */
    public static Map<String, TerraformResource> resources(TerraformStack stack) {
        Map<String, TerraformResource> resources = new TreeMap<>();
        for (IConstruct construct : stack.getNode().findAll()) {
            if (construct instanceof TerraformResource resource) {
                resources.put(resource.getTerraformResourceType() + "." + resource.getFriendlyUniqueId(), resource);
            }
        }
        return resources;
    }

    /**
     * What to offer instead of a missing address: the stack's resources of the same type (there are at most a few
     * dozen), or, when the stack has no resource of that type, the list of types (not the hundreds of addresses).
     */
    static String candidates(String missing, Collection<String> addresses) {
        String type = missing.contains(".") ? missing.substring(0, missing.indexOf('.')) : missing;
        List<String> sameType = addresses.stream().filter(address -> address.startsWith(type + ".")).toList();
        if (!sameType.isEmpty()) {
            return "one of its " + type + " resources: " + String.join(", ", sameType);
        }
        return "an address of one of its resource types: " + String.join(", ",
                addresses.stream().map(address -> address.substring(0, address.indexOf('.'))).distinct().toList());
    }

    /**
     * @throws ConfigException when an import names an address the stack does not have
     */
    public static void apply(TerraformStack stack, EnvironmentConfig env, Collection<String> glueJobRoles) {
        MigrationConfig migration = env.migration();
        Map<String, TerraformResource> resources = resources(stack);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < migration.imports().size(); i++) {
            MigrationConfig.ImportSpec spec = migration.imports().get(i);
            if (!resources.containsKey(spec.to())) {
                problems.add("environment '" + env.name() + "': migration.imports[" + i + "].to: '" + spec.to()
                        + "' is not a resource of this stack; allowed: " + candidates(spec.to(), resources.keySet()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        if (migration.fromLegacyHcl()) {
            LegacyAddresses.forEnvironment(env, glueJobRoles).forEach((from, to) -> {
                TerraformResource target = resources.get(to);
                // Entries for switched-off parts (tools host, flow logs, JDBC connection) have no target.
                if (target != null) {
                    target.moveFromId(from);
                }
            });
        }
        for (MigrationConfig.ImportSpec spec : migration.imports()) {
            resources.get(spec.to()).importFrom(spec.id());
        }
    }
}
