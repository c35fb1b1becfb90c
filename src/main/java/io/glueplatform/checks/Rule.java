package io.glueplatform.checks;

import io.glueplatform.checks.model.Resource;

/**
 * One check: its metadata and a pure predicate over one resource, which may look things up in the model. The engine
 * does the traversal, suppressions and reports. {@link RuleCatalog} builds every rule from an area's metadata file and
 * the {@link RuleId} methods of its class.
 *
 * @param name the predicate's name, capitalized (e.g. ImdsV2Required): the rule's name in SARIF and in its tests
 */
public record Rule(RuleInfo info, String name, Predicate predicate) {

    /** The verdict of one rule on one resource of its types. */
    @FunctionalInterface
    public interface Predicate {
        Verdict check(Resource resource, StackModel model);
    }

    public Verdict check(Resource resource, StackModel model) {
        return predicate.check(resource, model);
    }
}
