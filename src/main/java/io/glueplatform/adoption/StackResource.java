package io.glueplatform.adoption;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** One resource of the synthesized stack ({@code cdk.tf.json}): its address, type and configuration. */
public record StackResource(String address, String type, String name, JsonNode config) {

    /** Every resource of a synthesized stack document, in document order. */
    public static List<StackResource> of(JsonNode stackDocument) {
        List<StackResource> resources = new ArrayList<>();
        stackDocument.path("resource").fields().forEachRemaining(type ->
                type.getValue().fields().forEachRemaining(resource -> resources.add(new StackResource(
                        type.getKey() + "." + resource.getKey(), type.getKey(), resource.getKey(), resource.getValue()))));
        return List.copyOf(resources);
    }
}
