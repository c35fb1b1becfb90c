package io.glueplatform.iam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * Renders IAM policy JSON. Terraform references inside ARNs stay as tokens in the string and are
 * interpolated by Terraform, so the document is computed locally (no data source, no API call).
 */
public final class PolicyDocument {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PolicyDocument() {
    }

    public static String of(List<PolicyStatement> statements) {
        ObjectNode document = MAPPER.createObjectNode();
        document.put("Version", "2012-10-17");
        ArrayNode array = document.putArray("Statement");
        for (PolicyStatement statement : statements) {
            ObjectNode node = array.addObject();
            if (statement.sid() != null) {
                node.put("Sid", statement.sid());
            }
            node.put("Effect", statement.effect());
            if (!statement.principals().isEmpty()) {
                ObjectNode principal = node.putObject("Principal");
                statement.principals().forEach((type, ids) -> putOneOrMany(principal, type, ids));
            }
            putOneOrMany(node, "Action", statement.actions());
            if (!statement.resources().isEmpty()) {
                putOneOrMany(node, "Resource", statement.resources());
            }
            if (!statement.conditions().isEmpty()) {
                node.set("Condition", MAPPER.valueToTree(statement.conditions()));
            }
        }
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render policy", e);
        }
    }

    public static String of(PolicyStatement... statements) {
        return of(List.of(statements));
    }

    /** Trust policy letting an AWS service assume a role. */
    public static String assumeRoleBy(String servicePrincipal) {
        return of(new PolicyStatement("AssumeRole", "Allow", Map.of("Service", List.of(servicePrincipal)),
                List.of("sts:AssumeRole"), null, null));
    }

    private static void putOneOrMany(ObjectNode node, String field, List<String> values) {
        if (values.size() == 1) {
            node.put(field, values.get(0));
        } else {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }
}
