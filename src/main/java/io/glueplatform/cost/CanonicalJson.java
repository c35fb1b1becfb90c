package io.glueplatform.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A Terraform document with every object's keys sorted (arrays keep their order: a job's connections are ordered).
 * {@code make synth} writes resources in construct order, CDKTF's test synth sorts them; reading the canonical form
 * makes costs and pictures identical whichever way the document was produced.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static JsonNode of(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            ObjectNode sorted = JsonNodeFactory.instance.objectNode();
            names.forEach(name -> sorted.set(name, of(node.get(name))));
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> array.add(of(item)));
            return array;
        }
        return node;
    }
}
