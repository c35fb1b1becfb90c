package io.glueplatform.checks.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One managed resource of a Terraform document: {@code type.name} and its JSON body, with the accessors rules
 * need. Values Terraform only knows at apply time (references) read as absent, never guessed.
 */
public record Resource(String type, String name, JsonNode body) {

    public String address() {
        return type + "." + name;
    }

    public JsonNode path(String attribute) {
        return body.path(attribute);
    }

    public boolean has(String attribute) {
        JsonNode value = body.path(attribute);
        return !value.isMissingNode() && !value.isNull();
    }

    public String text(String attribute) {
        return body.path(attribute).asText(null);
    }

    public boolean bool(String attribute, boolean fallback) {
        return TerraformDocument.bool(body.path(attribute), fallback);
    }

    public int integer(String attribute, int fallback) {
        return TerraformDocument.integer(body.path(attribute), fallback);
    }

    /** A nested block, whether written as an object or a one-element list. */
    public JsonNode block(String attribute) {
        return TerraformDocument.block(body.path(attribute));
    }

    /** The {@code type.name} the attribute references, or null. */
    public String ref(String attribute) {
        return TerraformDocument.ref(body.path(attribute));
    }

    /**
     * Suppressions recorded on the resource itself, rule id → written reason. They live in Terraform's comment
     * property ({@code "//": {"checks": {"suppress": {"RULE": "reason"}}}}), which Terraform ignores, so they
     * survive into cdk.tf.json and a hand-written document can carry them too.
     */
    public Map<String, String> suppressions() {
        Map<String, String> result = new LinkedHashMap<>();
        body.path("//").path("checks").path("suppress").fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue().asText("")));
        return result;
    }
}
