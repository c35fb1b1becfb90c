package io.glueplatform.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Test helper: the shipped environment documents as mutable Jackson trees, plus small mutations addressed by
 * JSON pointer, so a test reads as "the valid dev config, except X".
 */
public final class ConfigFixtures {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ConfigFixtures() {
    }

    /** The repository's {@code environments/} directory (surefire passes the project root). */
    public static Path environmentsDir() {
        return Path.of(System.getProperty("platform.repoRoot", System.getProperty("user.dir"))).resolve("environments");
    }

    /** A fresh copy of {@code environments/<name>.json}. */
    public static ObjectNode shipped(String name) {
        try {
            return (ObjectNode) MAPPER.readTree(Files.readString(environmentsDir().resolve(name + ".json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh copy of the shipped, valid dev document. */
    public static ObjectNode validDev() {
        return shipped("dev");
    }

    /** The valid dev document with {@code mutation} applied, as JSON text. */
    public static String devJsonWith(Consumer<ObjectNode> mutation) {
        ObjectNode document = validDev();
        mutation.accept(document);
        return document.toString();
    }

    /** Validation problems of the valid dev document after {@code mutation}, loaded as environment {@code envName}. */
    public static List<String> problemsAfter(String envName, Consumer<ObjectNode> mutation) {
        ObjectNode document = validDev();
        mutation.accept(document);
        return ConfigValidator.validate(ConfigLoader.parse(envName, document.toString()));
    }

    /** Validation problems of the valid dev document (environment 'dev') after {@code mutation}. */
    public static List<String> problemsAfter(Consumer<ObjectNode> mutation) {
        return problemsAfter("dev", mutation);
    }

    /**
     * Sets the value at a JSON pointer such as {@code /network/privateSubnetCidrs/1} (the index one past the end
     * appends); missing parent objects are created. {@code value} is converted with Jackson (String, Number, Boolean, List, Map or JsonNode).
     */
    public static Consumer<ObjectNode> put(String pointer, Object value) {
        return document -> {
            JsonPointer path = JsonPointer.compile(pointer);
            JsonNode parent = parentOf(document, path);
            JsonNode node = value == null ? NullNode.getInstance() : MAPPER.valueToTree(value);
            if (parent instanceof ArrayNode array) {
                int index = path.last().getMatchingIndex();
                if (index == array.size()) {
                    array.add(node);
                } else {
                    array.set(index, node);
                }
            } else {
                ((ObjectNode) parent).set(path.last().getMatchingProperty(), node);
            }
        };
    }

    /** Removes the field or array element at a JSON pointer. */
    public static Consumer<ObjectNode> remove(String pointer) {
        return document -> {
            JsonPointer path = JsonPointer.compile(pointer);
            JsonNode parent = parentOf(document, path);
            if (parent instanceof ArrayNode array) {
                array.remove(path.last().getMatchingIndex());
            } else {
                ((ObjectNode) parent).remove(path.last().getMatchingProperty());
            }
        };
    }

    private static JsonNode parentOf(ObjectNode document, JsonPointer path) {
        JsonPointer parentPath = path.head();
        if (parentPath == null || parentPath.matches()) {
            return document;
        }
        JsonNode parent = document.at(parentPath);
        if (parent.isMissingNode()) {
            return document.withObject(parentPath);
        }
        return parent;
    }
}
