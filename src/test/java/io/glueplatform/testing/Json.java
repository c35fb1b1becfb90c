package io.glueplatform.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Reading synthesized JSON the way AWS writes it: one value or a list of them, policies with one or many statements. */
public final class Json {
    private Json() {
    }

    /** A policy's statements as a list: IAM accepts a single statement object as well as an array. */
    public static List<JsonNode> statements(JsonNode policy) {
        JsonNode statement = policy.path("Statement");
        List<JsonNode> out = new ArrayList<>();
        if (statement.isArray()) {
            statement.forEach(out::add);
        } else if (statement.isObject()) {
            out.add(statement);
        }
        return out;
    }

    /** A string or an array of strings (Action, Resource, Principal, ...) as a list; missing: empty. */
    public static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (node.isValueNode()) {
            out.add(node.asText());
        }
        return out;
    }

    /** A JSON boolean true; the string "true" does not count. */
    public static boolean isTrue(JsonNode node) {
        return node.isBoolean() && node.asBoolean();
    }
}
