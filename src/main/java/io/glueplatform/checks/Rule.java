package io.glueplatform.checks;

import io.glueplatform.checks.model.Resource;

/**
 * One check: metadata ({@link RuleInfo} on the class) and a pure predicate over one resource, which may look
 * things up in the model. The engine does the traversal, suppressions and reports. A rule is discovered by
 * being a public class with a no-argument constructor in package {@code io.glueplatform.checks.rules}
 * (or below): adding a rule is adding one class.
 */
public interface Rule {

    Verdict check(Resource resource, StackModel model);

    default RuleInfo info() {
        RuleInfo info = getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(getClass().getName() + " has no @RuleInfo");
        }
        return info;
    }
}
