package io.glueplatform.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.TerraformElement;
import com.hashicorp.cdktf.TerraformStack;
import io.glueplatform.checks.model.TerraformDocument;

/**
 * The bridge between constructs and the checks engine (package {@code checks}, which knows only Terraform JSON).
 * A suppression is recorded in the resource's Terraform comment property,
 * {@code "//": {"checks": {"suppress": {"<rule>": "<reason>"}}}}: Terraform ignores it, so it survives into
 * cdk.tf.json and {@code make check FILE=...} sees the same suppressions as the synth.
 */
public final class CheckSuppressions {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CheckSuppressions() {
    }

    /**
     * Switches rule {@code ruleId} off for this one resource, with the reason every run prints.
     *
     * @throws IllegalArgumentException when the reason is blank (a suppression without a reason is refused)
     */
    public static void suppress(TerraformElement resource, String ruleId, String reason) {
        if (ruleId == null || !ruleId.matches("[A-Z0-9]+(-[A-Z0-9]+)+")) {
            throw new IllegalArgumentException("suppression on " + resource.getNode().getPath() + ": '" + ruleId
                    + "' is not a rule id; allowed: an id such as GLUE-S3-001 (docs/policy.md)");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("suppression of " + ruleId + " on " + resource.getNode().getPath()
                    + " has no reason; allowed: a written reason why the rule does not apply");
        }
        resource.addOverride("//.checks.suppress." + ruleId, reason);
    }

    /**
     * The stack's resolved Terraform document, exactly what synth would write, before anything is written.
     *
     * @throws io.glueplatform.checks.model.UndeclaredReferenceException when it references a resource it does not declare
     *         (another stack's: see {@link StandaloneStack})
     */
    public static TerraformDocument document(TerraformStack stack) {
        return TerraformDocument.resolved("stack " + stack.getNode().getId(), MAPPER.<JsonNode>valueToTree(stack.toTerraform()));
    }
}
