package io.glueplatform.checks.report;

import io.glueplatform.checks.CheckResult;
import io.glueplatform.checks.Finding;
import io.glueplatform.checks.Severity;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report for people: findings grouped by severity, then by resource; the suppressions used (always, with their
 * reasons); unused suppressions; what no rule covers; a verdict line. ANSI colour only when asked for (a terminal).
 */
public final class TextReport {

    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";
    private static final String GREEN = "\u001b[32m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private final boolean colour;

    public TextReport(boolean colour) {
        this.colour = colour;
    }

    /** Colour when stdout/stderr is a terminal and NO_COLOR is not set (https://no-color.org). */
    public static boolean terminal() {
        return System.console() != null && io.glueplatform.config.ProcessEnvironment.current().get("NO_COLOR") == null;
    }

    public void print(CheckResult result, PrintStream out, String prefix) {
        String head = prefix + result.stack() + ": ";
        out.println(head + result.rules() + " rules, " + result.resourcesJudged() + " resources judged"
                + (result.notCovered().isEmpty() ? "" : ", not covered by any rule (skipped): " + result.notCovered().entrySet().stream()
                .map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "))));
        for (Severity severity : Severity.values()) {
            List<Finding> findings = severity == Severity.ERROR ? result.errors() : result.warnings();
            if (findings.isEmpty()) {
                continue;
            }
            String colourOf = severity == Severity.ERROR ? RED : YELLOW;
            out.println(head + paint(BOLD + colourOf, severity + " (" + findings.size() + ")"));
            Map<String, List<Finding>> byResource = new LinkedHashMap<>();
            findings.forEach(f -> byResource.computeIfAbsent(f.address(), k -> new java.util.ArrayList<>()).add(f));
            byResource.forEach((address, list) -> {
                out.println(head + "  " + paint(BOLD, address));
                list.forEach(f -> out.println(head + "    " + paint(colourOf, f.rule()) + (f.part() == null ? "" : " " + f.part())
                        + ": " + f.problem() + ". Fix: " + f.fix()));
            });
        }
        result.suppressions().forEach((s, count) -> {
            if (count > 0) {
                out.println(head + paint(CYAN, "SUPPRESSED") + " " + s.rule() + " on " + (s.address() == null ? "every resource" : s.address())
                        + " (" + count + " finding(s) not enforced, " + s.origin() + "): " + s.reason());
            }
        });
        result.unusedSuppressions().forEach(s -> out.println(head + paint(YELLOW, "WARNING unused suppression") + " " + s.describe()
                + " — it matches no finding; remove it"));
        String verdict = result.passed() ? paint(GREEN, "passed") : paint(BOLD + RED, "FAILED");
        out.println(head + verdict + " (" + result.errors().size() + " error(s), " + result.warnings().size() + " warning(s), "
                + result.suppressed().size() + " suppressed finding(s))");
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}
