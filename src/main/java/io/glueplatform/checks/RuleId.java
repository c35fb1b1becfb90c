package io.glueplatform.checks;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a predicate of a rule area to its rule: on a {@code static Verdict name(Resource, StackModel)} method of an
 * area class listed in {@link RuleCatalog#AREAS}; the rule's metadata is the entry with this id in the area's
 * {@code <AreaClass>.json}. The method's name, capitalized, is the rule's name (reports, tests).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RuleId {

    /** The rule's id, e.g. GLUE-S3-001. */
    String value();
}
