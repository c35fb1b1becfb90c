package io.glueplatform.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code migration}: the shape of each import. Whether {@code to} is a resource of the stack can only be known once
 * the stack is built; {@code migration.MigrationBlocks} checks that and throws a {@link ConfigException} (exit 2).
 */
final class MigrationRules implements SectionRules {

    private static final Pattern RESOURCE_ADDRESS = Pattern.compile("aws_[a-z0-9_]+\\.[a-z_][a-z0-9_]*");

    @Override
    public void check(EnvironmentConfig env, Problems problems) {
        if (env.migration().fromLegacyHcl()) {
            problems.add("migration.fromLegacyHcl", "true is no longer supported; allowed: false or absent — run `make adopt ENV=" + env.name()
                    + " FROM=<legacy state>`, which writes environments/" + env.name() + ".migration.json (docs/migration.md)");
        }
        List<MigrationConfig.ImportSpec> imports = env.migration().imports();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < imports.size(); i++) {
            MigrationConfig.ImportSpec spec = imports.get(i);
            String field = "migration.imports[" + i + "]";
            if (spec.to() == null || spec.to().isBlank()) {
                problems.add(field + ".to", "is missing but required; allowed: an address of this stack such as aws_s3_bucket.s3_lake_this");
            } else if (!RESOURCE_ADDRESS.matcher(spec.to()).matches()) {
                problems.add(field + ".to", Problems.show(spec.to()) + " is not a resource address; allowed: <type>.<name> of this stack such as aws_s3_bucket.s3_lake_this");
            } else if (!seen.add(spec.to())) {
                problems.add(field + ".to", "'" + spec.to() + "' is imported twice; allowed: one import per address");
            }
            if (spec.id() == null || spec.id().isBlank()) {
                problems.add(field + ".id", "is missing but required; allowed: the provider's import id of the existing resource (e.g. the bucket name for aws_s3_bucket)");
            }
        }
    }
}
