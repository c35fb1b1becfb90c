package io.glueplatform.preflight;

import com.hashicorp.cdktf.TerraformStack;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every rule over a stack's network before anything is written. Errors stop the synth; warnings are
 * printed; a suppressed rule's findings are reported with the environment's written reason, never silently.
 */
public final class Preflight {

    /** A suppressed rule and what it would have found. */
    public record Suppressed(String rule, String reason, List<Finding> findings) {
    }

    public record Result(String stack, List<Finding> errors, List<Finding> warnings, List<Suppressed> suppressed) {
        public boolean passed() {
            return errors.isEmpty();
        }

        /** Everything a user must see, one line each. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            errors.forEach(f -> lines.add(stack + ": " + f.format()));
            warnings.forEach(f -> lines.add(stack + ": " + f.format()));
            for (Suppressed s : suppressed) {
                lines.add(stack + ": SUPPRESSED " + s.rule() + " (" + s.findings().size() + " finding(s) not enforced): " + s.reason());
            }
            return lines;
        }

        public void print(PrintStream out) {
            lines().forEach(line -> out.println("preflight " + line));
        }
    }

    private Preflight() {
    }

    public static Result run(TerraformStack stack, Map<String, String> suppressions) {
        return run(stack.getNode().getId(), NetworkModel.of(stack), suppressions);
    }

    /**
     * @param suppressions rule id → written reason (validated by the config: known ids, non-blank reasons)
     */
    public static Result run(String stack, NetworkModel model, Map<String, String> suppressions) {
        List<Finding> errors = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        Map<String, Suppressed> suppressed = new LinkedHashMap<>();
        for (Rule rule : Rules.all()) {
            List<Finding> findings = rule.check(model);
            String reason = suppressions.get(rule.id());
            if (reason != null) {
                suppressed.put(rule.id(), new Suppressed(rule.id(), reason, findings));
            } else if (rule.severity() == Rule.Severity.ERROR) {
                errors.addAll(findings);
            } else {
                warnings.addAll(findings);
            }
        }
        return new Result(stack, List.copyOf(errors), List.copyOf(warnings), List.copyOf(suppressed.values()));
    }
}
