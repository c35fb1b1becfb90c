package io.glueplatform.checks;

/**
 * A rule switched off, always with a written reason that every run prints.
 *
 * @param rule    a rule id of the catalog
 * @param address the resource it applies to ({@code type.name}); null = every resource of the stack
 * @param reason  why the finding does not apply (required, non-blank)
 * @param origin  where it was declared, for messages: "construct" (recorded on the resource in Java, carried in the
 *                JSON) or the configuration field, e.g. "connectivity.preflightSuppressions[0]"
 */
public record Suppression(String rule, String address, String reason, String origin) {

    public boolean covers(String ruleId, String resourceAddress) {
        return rule.equals(ruleId) && (address == null || address.equals(resourceAddress));
    }

    public String describe() {
        return rule + " on " + (address == null ? "every resource" : address) + " (" + origin + "): " + reason;
    }
}
