package io.glueplatform.checks.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * An IAM policy document (identity, resource, trust or key policy) as rules read it. Accepts the JSON
 * embedded as a string, as Terraform JSON carries it; a policy that is not literal JSON (a
 * {@code jsonencode(...)} expression, a data source) has no statements here.
 */
public record PolicyDocument(List<Statement> statements, boolean literal) {

    /**
     * @param principals "*" for a wildcard principal, else {@code kind:value} (AWS:arn…, Service:glue.amazonaws.com)
     */
    public record Statement(String sid, boolean allow, List<String> actions, List<String> notActions, List<String> resources,
                            List<String> principals, boolean conditional) {

        public boolean anyPrincipal() {
            return principals.stream().anyMatch(p -> p.equals("*") || p.equals("AWS:*"));
        }

        public String label() {
            return sid == null || sid.isBlank() ? "a statement" : "statement " + sid;
        }
    }

    public static PolicyDocument parse(JsonNode value) {
        JsonNode json = TerraformDocument.embeddedJson(value);
        if (!json.isObject()) {
            return new PolicyDocument(List.of(), false);
        }
        List<Statement> statements = new ArrayList<>();
        JsonNode list = json.path("Statement");
        for (JsonNode s : list.isArray() ? list : List.of(list)) {
            if (!s.isObject()) {
                continue;
            }
            List<String> principals = new ArrayList<>();
            JsonNode principal = s.path("Principal");
            if (principal.isTextual()) {
                principals.add(principal.asText());
            } else {
                principal.fields().forEachRemaining(e -> TerraformDocument.texts(e.getValue()).forEach(v -> principals.add(e.getKey() + ":" + v)));
            }
            statements.add(new Statement(s.path("Sid").asText(null), "Allow".equals(s.path("Effect").asText()),
                    TerraformDocument.texts(s.path("Action")), TerraformDocument.texts(s.path("NotAction")),
                    TerraformDocument.texts(s.path("Resource")), principals, s.has("Condition") && s.path("Condition").size() > 0));
        }
        return new PolicyDocument(List.copyOf(statements), true);
    }

    public List<Statement> allows() {
        return statements.stream().filter(Statement::allow).toList();
    }
}
