package io.glueplatform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.glueplatform.stack.PlatformStack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A synthesized stack's Terraform JSON with questions tests ask of it: resources of a type, one
 * resource by address, what references what, policies parsed as JSON.
 */
public final class Template {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final JsonNode json;
    private final PlatformStack stack;

    Template(JsonNode json, PlatformStack stack) {
        this.json = json;
        this.stack = stack;
    }

    public JsonNode json() {
        return json;
    }

    /** The construct tree, for tests that check the Java-side model. */
    public PlatformStack stack() {
        return stack;
    }

    /** The environment (stack id) this template was synthesized for, for assertion messages. */
    public String environment() {
        return stack.getNode().getId();
    }

    /** Resources of a type by Terraform name, in document order. */
    public Map<String, JsonNode> resources(String type) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        JsonNode byName = json.path("resource").path(type);
        byName.fields().forEachRemaining(entry -> result.put(entry.getKey(), entry.getValue()));
        return result;
    }

    public List<JsonNode> resourcesWhere(String type, Predicate<JsonNode> predicate) {
        return resources(type).values().stream().filter(predicate).toList();
    }

    public int count(String type) {
        return resources(type).size();
    }

    public int totalResources() {
        int total = 0;
        for (JsonNode byType : json.path("resource")) {
            total += byType.size();
        }
        return total;
    }

    public List<String> resourceTypes() {
        List<String> types = new ArrayList<>();
        json.path("resource").fieldNames().forEachRemaining(types::add);
        return types;
    }

    /** One resource by {@code type.name}; fails with the known names if absent. */
    public JsonNode resource(String address) {
        int dot = address.indexOf('.');
        String type = address.substring(0, dot);
        String name = address.substring(dot + 1);
        JsonNode node = json.path("resource").path(type).path(name);
        if (node.isMissingNode()) {
            throw new AssertionError("no resource " + address + "; " + type + " has " + resources(type).keySet());
        }
        return node;
    }

    /** {@code ${type.name.attribute}}: how a reference to another resource's attribute appears in JSON. */
    public static String ref(String address, String attribute) {
        return "${" + address + "." + attribute + "}";
    }

    /** A JSON-string attribute (IAM/bucket/key policy) parsed. */
    public static JsonNode policy(JsonNode resource, String attribute) {
        try {
            return MAPPER.readTree(resource.path(attribute).asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode outputs() {
        return json.path("output");
    }

    public JsonNode provider() {
        return json.path("provider").path("aws").get(0);
    }

    public JsonNode terraform() {
        return json.path("terraform");
    }

    /** The whole document as text, for "appears nowhere" assertions. */
    public String text() {
        return json.toString();
    }
}
