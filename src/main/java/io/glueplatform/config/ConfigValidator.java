package io.glueplatform.config;

import java.util.List;

/**
 * Checks one environment before any construct is built. Every problem becomes one line naming the environment,
 * the field and what is allowed; all problems of all sections are reported at once. The rules live with the
 * section they belong to ({@link SectionRules}); this class only runs them, in the order of the README's table.
 */
public final class ConfigValidator {

    /** Purposes of the buckets the platform creates; each becomes part of a globally unique bucket name. */
    public static final List<String> BUCKET_PURPOSES = List.of("lake", "scripts", "outputs", "access-logs");

    private static final List<SectionRules> SECTIONS = List.of(
            new IdentityRules(),
            new NameRules(),
            new TagRules(),
            new NetworkRules(),
            new ToolsHostRules(),
            new DatabaseRules(),
            new GlueRules(),
            new ServicesRules(),
            StorageRules::checkLogRetention,
            new ConnectivityRules(),
            new MigrationRules(),
            new StorageRules(),
            new BackendRules());

    private ConfigValidator() {
    }

    public static List<String> validate(EnvironmentConfig env) {
        Problems problems = new Problems(env.name());
        SECTIONS.forEach(section -> section.check(env, problems));
        return problems.list();
    }
}
