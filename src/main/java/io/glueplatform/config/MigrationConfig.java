package io.glueplatform.config;

import java.util.List;

/**
 * Adopting existing infrastructure.
 *
 * @param fromLegacyHcl retired: the hand-written legacy address map was replaced by {@code make adopt} and
 *                      {@code environments/<env>.migration.json}; only false (or absent) is allowed
 * @param imports       resources created outside Terraform to adopt with `import` blocks
 */
public record MigrationConfig(Boolean fromLegacyHcl, List<ImportSpec> imports) {

    /** {@code to}: our Terraform address (e.g. aws_s3_bucket.s3_lake_this); {@code id}: the provider's import id. */
    public record ImportSpec(String to, String id) {
    }

    public MigrationConfig {
        fromLegacyHcl = fromLegacyHcl == null ? Boolean.FALSE : fromLegacyHcl;
        imports = imports == null ? List.of() : List.copyOf(imports);
    }

    public static MigrationConfig defaults() {
        return new MigrationConfig(null, null);
    }
}
