package io.glueplatform.checks.rules.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The container definitions of a task definition (a JSON document embedded as a string). */
final class Containers {

    static final Pattern SECRET_NAME = Pattern.compile("(?i)(password|passwd|secret|token|api_?key|private_?key|credential)");

    private Containers() {
    }

    static List<JsonNode> of(Resource taskDefinition) {
        List<JsonNode> result = new ArrayList<>();
        TerraformDocument.embeddedJson(taskDefinition.path("container_definitions")).forEach(result::add);
        return result;
    }

    /** Names of the containers for which {@code test} holds. */
    static List<String> named(Resource taskDefinition, java.util.function.Predicate<JsonNode> test) {
        return of(taskDefinition).stream().filter(test).map(c -> c.path("name").asText("?")).toList();
    }
}
