package io.glueplatform.checks.report;

import io.glueplatform.checks.CheckResult;
import io.glueplatform.checks.Finding;
import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleCatalog;
import io.glueplatform.checks.Verdict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI test tabs: one test suite per rule, one test case per resource it judged; an enforced finding
 * is a failure (warnings too, typed "warning"), a suppressed one is skipped with its reason; not-applicable
 * verdicts are left out.
 */
public final class JUnitReport {

    private JUnitReport() {
    }

    public static String render(List<CheckResult> results) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"glue-platform checks\">\n");
        for (CheckResult result : results) {
            Map<String, List<CheckResult.Evaluation>> byRule = new LinkedHashMap<>();
            result.evaluations().stream().filter(e -> e.status() != Verdict.Status.NOT_APPLICABLE)
                    .forEach(e -> byRule.computeIfAbsent(e.rule(), k -> new java.util.ArrayList<>()).add(e));
            for (Map.Entry<String, List<CheckResult.Evaluation>> suite : byRule.entrySet()) {
                String rule = suite.getKey();
                List<CheckResult.Evaluation> cases = suite.getValue();
                long failures = cases.stream().filter(e -> e.status() == Verdict.Status.FAIL && !e.suppressed()).count();
                long skipped = cases.stream().filter(CheckResult.Evaluation::suppressed).count();
                String title = RuleCatalog.byId(rule).map(Rule::info).map(i -> i.title()).orElse(rule);
                xml.append("  <testsuite name=\"").append(esc(result.stack() + " " + rule)).append("\" tests=\"").append(cases.size())
                        .append("\" failures=\"").append(failures).append("\" skipped=\"").append(skipped).append("\">\n");
                xml.append("    <properties><property name=\"title\" value=\"").append(esc(title)).append("\"/></properties>\n");
                for (CheckResult.Evaluation e : cases) {
                    xml.append("    <testcase classname=\"").append(esc(result.stack() + "." + rule)).append("\" name=\"")
                            .append(esc(e.address())).append("\"");
                    List<Finding> findings = result.findings().stream()
                            .filter(f -> f.rule().equals(rule) && f.address().equals(e.address())).toList();
                    if (e.status() == Verdict.Status.PASS) {
                        xml.append("/>\n");
                    } else if (e.suppressed()) {
                        xml.append(">\n      <skipped message=\"").append(esc("suppressed: " + findings.get(0).suppressedBy().reason()))
                                .append("\"/>\n    </testcase>\n");
                    } else {
                        xml.append(">\n");
                        for (Finding f : findings) {
                            xml.append("      <failure type=\"").append(f.severity().name().toLowerCase()).append("\" message=\"")
                                    .append(esc(f.problem())).append("\">").append(esc(f.format())).append("</failure>\n");
                        }
                        xml.append("    </testcase>\n");
                    }
                }
                xml.append("  </testsuite>\n");
            }
        }
        return xml.append("</testsuites>\n").toString();
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
