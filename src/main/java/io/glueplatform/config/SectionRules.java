package io.glueplatform.config;

/**
 * The rules of one configuration section (network, database, tags, ...). {@link ConfigValidator} runs every
 * section; a section reports each problem it finds and never stops at the first.
 */
@FunctionalInterface
public interface SectionRules {

    void check(EnvironmentConfig env, Problems problems);
}
