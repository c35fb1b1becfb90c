package io.glueplatform.checks;

import io.glueplatform.checks.model.Resource;

import java.util.ArrayList;
import java.util.List;

/**
 * What a rule says about one resource: PASS, FAIL (with one or more violations) or NOT_APPLICABLE (the
 * resource is of the rule's type but the requirement does not concern it, e.g. a job outside any VPC).
 */
public record Verdict(Status status, List<Violation> violations) {

    public enum Status { PASS, FAIL, NOT_APPLICABLE }

    /**
     * One problem.
     *
     * @param part    the related resource or element, e.g. "connection aws_glue_connection.x"; null for the resource itself
     * @param problem what is wrong
     * @param fix     how to fix it; null = the rule's fix
     */
    public record Violation(String part, String problem, String fix) {
    }

    public static Verdict pass() {
        return new Verdict(Status.PASS, List.of());
    }

    public static Verdict notApplicable() {
        return new Verdict(Status.NOT_APPLICABLE, List.of());
    }

    public static Verdict fail(String problem) {
        return new Verdict(Status.FAIL, List.of(new Violation(null, problem, null)));
    }

    /** PASS when {@code compliant}, else FAIL with {@code problem}. */
    public static Verdict when(boolean compliant, String problem) {
        return compliant ? pass() : fail(problem);
    }

    /** PASS when the resource's boolean {@code attribute} is true (absent is false), else FAIL "{@code attribute} is not true". */
    public static Verdict whenTrue(Resource resource, String attribute) {
        return when(resource.bool(attribute, false), attribute + " is not true");
    }

    /** PASS when no violations were collected. */
    public static Verdict of(List<Violation> violations) {
        return violations.isEmpty() ? pass() : new Verdict(Status.FAIL, List.copyOf(violations));
    }

    /** Collects several violations of one resource. */
    public static final class Builder {
        private final List<Violation> violations = new ArrayList<>();

        public Builder fail(String part, String problem, String fix) {
            violations.add(new Violation(part, problem, fix));
            return this;
        }

        public Builder fail(String problem) {
            return fail(null, problem, null);
        }

        public Verdict build() {
            return of(violations);
        }
    }

    public static Builder builder() {
        return new Builder();
    }
}
