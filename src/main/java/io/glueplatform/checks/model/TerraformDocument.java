package io.glueplatform.checks.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Terraform JSON configuration (what {@code cdktf synth} writes to cdk.tf.json, or a hand-written
 * {@code *.tf.json}) read as resources, with the references between them resolved. This is the only
 * place that knows the JSON syntax: references appear as {@code ${type.name.attribute}}, blocks may be
 * written as an object or a one-element list, booleans and numbers may be strings.
 */
public final class TerraformDocument {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern REF = Pattern.compile("(?<!\\$)\\$\\{([a-z0-9_]+)\\.([A-Za-z0-9_-]+)\\.([a-z0-9_]+)(\\[[^}]*])?[^}]*}");
    /** {@code ${data.<type>.<name>...}}: a reference to a data source ({@code $${...}} is Terraform's literal, not one). */
    private static final Pattern DATA_REF = Pattern.compile("(?<!\\$)\\$\\{data\\.([a-z0-9_]+)\\.([A-Za-z0-9_-]+)");
    /** First words of a reference that do not name a managed resource. */
    private static final Set<String> NOT_RESOURCES = Set.of("data", "var", "local", "module", "each", "count", "self", "path", "terraform");
    /** Top-level keys of Terraform's JSON configuration syntax. */
    private static final Set<String> TOP_LEVEL = Set.of("resource", "data", "provider", "terraform", "variable", "output",
            "locals", "module", "moved", "import", "check", "removed", "//");

    private final JsonNode json;
    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private final Set<String> declared = new LinkedHashSet<>();

    private TerraformDocument(JsonNode json) {
        this.json = json;
        json.path("data").fields().forEachRemaining(byType -> byType.getValue().fieldNames().forEachRemaining(
                name -> declared.add("data." + byType.getKey() + "." + name)));
        // By type, then name, as cdktf writes cdk.tf.json (sorted keys): a stack judged from its file and the same stack
        // judged from toTerraform() (construct order) list their resources, and so their findings, alike.
        sortedFields(json.path("resource")).forEach((type, byName) -> sortedFields(byName).forEach((name, body) -> {
            declared.add(type + "." + name);
            // "count": 0 declares a resource that is not created: nothing to judge, nothing to reference.
            if (integer(body.path("count"), 1) != 0) {
                resources.put(type + "." + name, new Resource(type, name, body));
            }
        }));
    }

    private static Map<String, JsonNode> sortedFields(JsonNode object) {
        Map<String, JsonNode> fields = new TreeMap<>();
        object.fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue()));
        return fields;
    }

    /** A document from JSON text, read as {@link #read} reads a file (for warming the reader up; no checks). */
    public static TerraformDocument parse(String json) {
        try {
            return new TerraformDocument(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A document already in memory (a synthesized stack); no validation beyond what {@link #problems()} reports. */
    public static TerraformDocument of(JsonNode json) {
        return new TerraformDocument(json);
    }

    /**
     * A document already in memory, refused as {@link #read} refuses a file whose references name what it does not
     * declare (a synthesized stack referencing another stack's resource).
     *
     * @param source what the document is, for the message (e.g. {@code stack dev})
     * @throws UndeclaredReferenceException with one sentence naming the source and the first such reference
     */
    public static TerraformDocument resolved(String source, JsonNode json) {
        return refusingProblems(source, new TerraformDocument(json));
    }

    /**
     * Reads a file and checks it is a Terraform JSON configuration.
     *
     * @throws InvalidDocumentException with one sentence naming the file and what is wrong
     */
    public static TerraformDocument read(Path file) {
        JsonNode json;
        try {
            json = MAPPER.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new InvalidDocumentException(file + ": no such file; expected a Terraform JSON configuration such as cdktf.out/stacks/<stack>/cdk.tf.json");
        } catch (JsonProcessingException e) {
            throw new InvalidDocumentException(file + ": not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "); expected a Terraform JSON configuration");
        } catch (IOException e) {
            throw new InvalidDocumentException(file + ": cannot be read: " + e.getMessage());
        }
        if (json == null || !json.isObject()) {
            throw new InvalidDocumentException(file + ": not a Terraform configuration; expected a JSON object with a \"resource\" block");
        }
        List<String> unknown = new ArrayList<>();
        json.fieldNames().forEachRemaining(key -> {
            if (!TOP_LEVEL.contains(key)) {
                unknown.add(key);
            }
        });
        if (!unknown.isEmpty() || !json.path("resource").isObject()) {
            throw new InvalidDocumentException(file + ": not a Terraform configuration"
                    + (unknown.isEmpty() ? ": it has no \"resource\" object" : ": unknown top-level key(s) " + unknown)
                    + "; expected Terraform's JSON syntax (resource, provider, terraform, …)");
        }
        return refusingProblems(file.toString(), new TerraformDocument(json));
    }

    private static TerraformDocument refusingProblems(String source, TerraformDocument document) {
        List<String> problems = document.problems();
        if (!problems.isEmpty()) {
            throw new UndeclaredReferenceException(source + ": " + problems.get(0)
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        }
        return document;
    }

    public JsonNode json() {
        return json;
    }

    /** Every managed resource, by type, then name (the order of cdktf's cdk.tf.json, whatever the input's). */
    public List<Resource> resources() {
        return List.copyOf(resources.values());
    }

    /** Resources of one type by address, by name. */
    public Map<String, Resource> resources(String type) {
        Map<String, Resource> result = new LinkedHashMap<>();
        resources.forEach((address, resource) -> {
            if (resource.type().equals(type)) {
                result.put(address, resource);
            }
        });
        return result;
    }

    public Optional<Resource> resource(String address) {
        return Optional.ofNullable(address == null ? null : resources.get(address));
    }

    /** The body of a resource, or a missing node. */
    public JsonNode body(String address) {
        Resource resource = address == null ? null : resources.get(address);
        return resource == null ? MAPPER.missingNode() : resource.body();
    }

    /** Resources of {@code type} whose {@code attribute} references {@code address}. */
    public List<Resource> referencing(String type, String attribute, String address) {
        return resources(type).values().stream().filter(r -> address.equals(ref(r.body().path(attribute)))).toList();
    }

    /** Problems that make the document unusable: references to resources or data sources it does not declare. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        resources.values().forEach(resource -> collectReferences(resource.body(), target -> {
            if (!declared.contains(target) && reported.add(resource.address() + "→" + target)) {
                problems.add(resource.address() + " references " + target + ", which the document does not declare");
            }
        }));
        return problems;
    }

    private static void collectReferences(JsonNode node, java.util.function.Consumer<String> sink) {
        if (node.isTextual()) {
            Matcher matcher = REF.matcher(node.asText());
            while (matcher.find()) {
                if (!NOT_RESOURCES.contains(matcher.group(1))) {
                    sink.accept(matcher.group(1) + "." + matcher.group(2));
                }
            }
            Matcher data = DATA_REF.matcher(node.asText());
            while (data.find()) {
                sink.accept("data." + data.group(1) + "." + data.group(2));
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (!"//".equals(e.getKey()) && !"depends_on".equals(e.getKey())) {
                    collectReferences(e.getValue(), sink);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collectReferences(item, sink));
        }
    }

    /** The region of a resource: its provider's region (alias aware). */
    public String regionOf(JsonNode resource) {
        String provider = resource.path("provider").asText("aws");
        String alias = provider.contains(".") ? provider.substring(provider.indexOf('.') + 1) : null;
        for (JsonNode block : providerBlocks()) {
            if (alias == null ? !block.has("alias") : alias.equals(block.path("alias").asText())) {
                return block.path("region").asText(null);
            }
        }
        return null;
    }

    /** The default AWS provider's {@code default_tags}. */
    public Map<String, String> defaultTags() {
        Map<String, String> tags = new LinkedHashMap<>();
        for (JsonNode block : providerBlocks()) {
            if (!block.has("alias")) {
                block(block.path("default_tags")).path("tags").fields().forEachRemaining(e -> tags.put(e.getKey(), e.getValue().asText()));
            }
        }
        return tags;
    }

    private List<JsonNode> providerBlocks() {
        JsonNode aws = json.path("provider").path("aws");
        List<JsonNode> blocks = new ArrayList<>();
        if (aws.isArray()) {
            aws.forEach(blocks::add);
        } else if (aws.isObject()) {
            blocks.add(aws);
        }
        return blocks;
    }

    // ----- the JSON syntax's conventions, shared by every reader of the document -----

    /** The {@code type.name} of the first reference in a text, if any. */
    public static Optional<String> reference(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = REF.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1) + "." + matcher.group(2)) : Optional.empty();
    }

    /** Every {@code type.name} referenced in a text, in order. */
    public static List<String> references(String text) {
        List<String> result = new ArrayList<>();
        if (text != null) {
            Matcher matcher = REF.matcher(text);
            while (matcher.find()) {
                result.add(matcher.group(1) + "." + matcher.group(2));
            }
        }
        return result;
    }

    public static String ref(JsonNode value) {
        return reference(value.asText(null)).orElse(null);
    }

    public static List<String> refs(JsonNode list) {
        List<String> result = new ArrayList<>();
        for (JsonNode item : list) {
            reference(item.asText(null)).ifPresent(result::add);
        }
        return result;
    }

    public static boolean bool(JsonNode node, boolean fallback) {
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isTextual() && (node.asText().equalsIgnoreCase("true") || node.asText().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(node.asText());
        }
        return fallback;
    }

    public static int integer(JsonNode node, int fallback) {
        if (node.isNumber()) {
            return node.asInt();
        }
        if (node.isTextual() && node.asText().matches("-?\\d+")) {
            return Integer.parseInt(node.asText());
        }
        return fallback;
    }

    /** A block that may be written as an object or a one-element list. */
    public static JsonNode block(JsonNode node) {
        return node.isArray() ? node.path(0) : node;
    }

    /** A JSON value embedded as a string (policies, container definitions), or a missing node if it is not JSON. */
    public static JsonNode embeddedJson(JsonNode node) {
        if (node.isObject() || node.isArray()) {
            return node;
        }
        if (!node.isTextual()) {
            return MAPPER.missingNode();
        }
        try {
            JsonNode parsed = MAPPER.readTree(node.asText());
            return parsed == null ? MAPPER.missingNode() : parsed;
        } catch (JsonProcessingException e) {
            return MAPPER.missingNode();
        }
    }

    /** A value that is one item or a list, as a list of texts (IAM's Action, Resource, Principal forms). */
    public static List<String> texts(JsonNode node) {
        List<String> result = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> result.add(item.asText()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            result.add(node.asText());
        }
        return result;
    }
}
