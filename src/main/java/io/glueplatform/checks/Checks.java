package io.glueplatform.checks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The engine: every rule of the {@link RuleCatalog} over every resource of its types, then suppressions. The
 * traversal, the suppression logic and the result live here once; rules are only predicates.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Runs every rule once on an empty resource of each type it judges, read from JSON text as a written stack is, and
     * returns what they found (nothing anyone reports): the rules' classes load and the code the first real check runs
     * is no longer cold. For a thread that would otherwise wait (the checks thread while the first stack is built).
     */
    public static CheckResult warmUp() {
        ObjectNode byType = JsonNodeFactory.instance.objectNode();
        for (Rule rule : RuleCatalog.all()) {
            for (String type : rule.info().resourceTypes()) {
                byType.putObject(type).putObject("warm_up");
            }
        }
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.set("resource", byType);
        return run("warm-up", TerraformDocument.parse(document.toString()), List.of());
    }

    /**
     * @param configured suppressions from configuration (rule-wide or by address); those recorded on resources in
     *                   the document are added
     * @throws InvalidSuppressionException a suppression without a reason or naming a rule that does not exist
     */
    public static CheckResult run(String stack, TerraformDocument document, List<Suppression> configured) {
        return run(stack, document, configured, RuleCatalog.all());
    }

    public static CheckResult run(String stack, TerraformDocument document, List<Suppression> configured, List<Rule> rules) {
        Map<Suppression, Integer> suppressions = new LinkedHashMap<>();
        for (Suppression s : configured) {
            validate(s, rules);
            suppressions.put(s, 0);
        }
        for (Resource resource : document.resources()) {
            resource.suppressions().forEach((rule, reason) -> {
                Suppression s = new Suppression(rule, resource.address(), reason, "construct");
                validate(s, rules);
                suppressions.put(s, 0);
            });
        }
        Map<String, List<Rule>> byType = new LinkedHashMap<>();
        for (Rule rule : rules) {
            for (String type : rule.info().resourceTypes()) {
                byType.computeIfAbsent(type, k -> new ArrayList<>()).add(rule);
            }
        }
        StackModel model = new StackModel(document);
        List<CheckResult.Evaluation> evaluations = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> notCovered = new TreeMap<>();
        for (Resource resource : document.resources()) {
            List<Rule> applicable = byType.getOrDefault(resource.type(), List.of());
            if (applicable.isEmpty()) {
                notCovered.merge(resource.type(), 1, Integer::sum);
                continue;
            }
            for (Rule rule : applicable) {
                RuleInfo info = rule.info();
                Verdict verdict = rule.check(resource, model);
                Suppression suppression = suppressions.keySet().stream().filter(s -> s.covers(info.id(), resource.address()))
                        .findFirst().orElse(null);
                for (Verdict.Violation v : verdict.violations()) {
                    findings.add(new Finding(info.id(), info.severity(), resource.address(), v.part(), v.problem(),
                            v.fix() == null ? info.fix() : v.fix(), suppression));
                    if (suppression != null) {
                        suppressions.merge(suppression, 1, Integer::sum);
                    }
                }
                evaluations.add(new CheckResult.Evaluation(info.id(), resource.address(), verdict.status(),
                        suppression != null && verdict.status() == Verdict.Status.FAIL));
            }
        }
        return new CheckResult(stack, rules.size(), List.copyOf(evaluations), List.copyOf(findings), suppressions, notCovered);
    }

    private static void validate(Suppression s, List<Rule> rules) {
        String where = s.origin() + (s.address() == null || "construct".equals(s.origin()) ? "" : " (" + s.address() + ")")
                + ("construct".equals(s.origin()) ? " on " + s.address() : "");
        // A suppression may name any rule of the catalog, also when this run checks only some rules.
        Set<String> ids = rules.stream().map(r -> r.info().id()).collect(Collectors.toCollection(java.util.TreeSet::new));
        ids.addAll(RuleCatalog.ids());
        if (s.rule() == null || !ids.contains(s.rule())) {
            throw new InvalidSuppressionException("suppression " + where + " names rule '" + s.rule()
                    + "', which does not exist; allowed: a rule id such as " + String.join(", ", Arrays.asList(ids.stream().limit(3).toArray(String[]::new)))
                    + " (docs/policy.md lists all " + ids.size() + ")");
        }
        if (s.reason() == null || s.reason().isBlank()) {
            throw new InvalidSuppressionException("suppression of " + s.rule() + " " + where
                    + " has no reason; allowed: a written reason why the rule does not apply (it is printed on every run)");
        }
    }
}
