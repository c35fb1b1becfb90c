package io.glueplatform.migration;

import com.hashicorp.cdktf.TerraformResource;
import com.hashicorp.cdktf.TerraformStack;
import io.glueplatform.cdk.Overrides;
import io.glueplatform.config.ConfigException;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.config.MigrationConfig;
import software.constructs.IConstruct;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Emits the Terraform {@code moved}, {@code import} and {@code removed} blocks an environment asks for:
 * {@code migration.imports} of its configuration, and its migration file ({@link MigrationFile}, written by
 * {@code make adopt}). Runs after every resource of the stack exists.
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
     * {@code migration.imports} of the environment.
     *
     * @throws ConfigException when an import names an address the stack does not have
     */
    public static void apply(TerraformStack stack, EnvironmentConfig env) {
        MigrationConfig migration = env.migration();
        if (migration.imports().isEmpty()) {
            return; // listing the stack's resources costs three jsii round trips per resource
        }
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
        for (MigrationConfig.ImportSpec spec : migration.imports()) {
            resources.get(spec.to()).importFrom(spec.id());
        }
    }

    /**
     * The blocks of a migration file: {@code moved} (mode moved) or {@code import} (mode import) per match,
     * {@code removed} with {@code destroy = false} per legacy-only resource (mode moved), {@code import} per
     * stack-only resource the team decided to import.
     *
     * @throws ConfigException when the file names a stack address the stack does not have (a stale file:
     *                         re-run make adopt) or an address already imported by migration.imports
     */
    public static void apply(TerraformStack stack, String environment, MigrationFile file) {
        Map<String, TerraformResource> resources = resources(stack);
        String prefix = "environment '" + environment + "': " + environment + ".migration.json: ";
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < file.matched().size(); i++) {
            if (!resources.containsKey(file.matched().get(i).to())) {
                problems.add(prefix + "matched[" + i + "].to: '" + file.matched().get(i).to()
                        + "' is not a resource of this stack; allowed: an address of the stack — re-run make adopt");
            }
        }
        for (int i = 0; i < file.stackOnly().size(); i++) {
            MigrationFile.StackOnly entry = file.stackOnly().get(i);
            if (MigrationFile.IMPORT.equals(entry.decision()) && !resources.containsKey(entry.address())) {
                problems.add(prefix + "stackOnly[" + i + "].address: '" + entry.address()
                        + "' is not a resource of this stack; allowed: an address of the stack — re-run make adopt");
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        boolean moved = MigrationFile.MOVED.equals(file.mode());
        for (MigrationFile.Matched entry : file.matched()) {
            TerraformResource target = resources.get(entry.to());
            if (moved) {
                target.moveFromId(entry.from());
            } else {
                target.importFrom(entry.importId());
            }
        }
        for (MigrationFile.StackOnly entry : file.stackOnly()) {
            if (MigrationFile.IMPORT.equals(entry.decision())) {
                resources.get(entry.address()).importFrom(entry.importId());
            }
        }
        if (moved) {
            // removed blocks name a resource, not an instance: all unmanaged instances of one legacy resource share one.
            Set<String> removed = new LinkedHashSet<>();
            file.legacyOnly().forEach(entry -> removed.add(resourceAddress(entry.address())));
            if (!removed.isEmpty()) {
                Overrides.set(stack, "removed", removed.stream()
                        .map(from -> Map.of("from", from, "lifecycle", Map.of("destroy", false))).toList());
            }
        }
    }

    /** {@code module.a.aws_x.y["k"]} → {@code module.a.aws_x.y}: the instance key of the resource goes. */
    static String resourceAddress(String address) {
        return address.endsWith("]") ? address.substring(0, address.lastIndexOf('[')) : address;
    }
}
