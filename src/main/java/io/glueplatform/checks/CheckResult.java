package io.glueplatform.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one run over one stack.
 *
 * @param evaluations every (rule, resource) verdict, for the JUnit report
 * @param findings    every violation, suppressed ones included (see {@link Finding#suppressedBy()})
 * @param suppressions every suppression declared for the run, with how many findings each covered
 * @param notCovered  resource type → count of resources no rule judges (skipped, reported)
 */
public record CheckResult(String stack, int rules, List<Evaluation> evaluations, List<Finding> findings,
                          Map<Suppression, Integer> suppressions, Map<String, Integer> notCovered) {

    /** One rule's verdict on one resource. */
    public record Evaluation(String rule, String address, Verdict.Status status, boolean suppressed) {
    }

    public List<Finding> errors() {
        return findings.stream().filter(f -> !f.suppressed() && f.severity() == Severity.ERROR).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.suppressed() && f.severity() == Severity.WARNING).toList();
    }

    public List<Finding> suppressed() {
        return findings.stream().filter(Finding::suppressed).toList();
    }

    /** Suppressions that matched no finding: probably stale, worth a warning. */
    public List<Suppression> unusedSuppressions() {
        return suppressions.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    }

    public boolean passed() {
        return errors().isEmpty();
    }

    public int resourcesJudged() {
        return (int) evaluations.stream().map(Evaluation::address).distinct().count();
    }

    /** Every line a person must see, without colour: findings, then the suppressions used, then the unused ones. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        errors().forEach(f -> lines.add(stack + ": " + f.format()));
        warnings().forEach(f -> lines.add(stack + ": " + f.format()));
        suppressions.forEach((s, count) -> {
            if (count > 0) {
                lines.add(stack + ": SUPPRESSED " + s.rule() + " on " + (s.address() == null ? "every resource" : s.address())
                        + " (" + count + " finding(s) not enforced, " + s.origin() + "): " + s.reason());
            }
        });
        unusedSuppressions().forEach(s -> lines.add(stack + ": WARNING unused suppression " + s.describe()
                + " — it matches no finding; remove it"));
        return lines;
    }
}
