package io.glueplatform.config;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.charset.CharacterCodingException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads {@code environments/<name>.json} files into validated {@link EnvironmentConfig}s. Either every
 * requested environment is valid, or a {@link ConfigException} lists every problem of every one.
 */
public final class ConfigLoader {

    /**
     * Parser limits far above what an environment file needs (it nests 5 levels, its longest value is a short
     * ARN) and far below what would exhaust memory or stack: a file beyond them is refused with a sentence.
     */
    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(32)
            .maxNumberLength(20)
            .maxStringLength(10_000)
            .maxNameLength(1_000)
            .maxDocumentLength(1_000_000)
            .build();

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(LIMITS)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Strict types: 14.5 must not silently become 14, "14" is a string, not a number.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // ... and 5, 2.5 or true are not text either (a number where a name belongs is a mistake, not a name).
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            // A null list element or map value is reported with its path instead of an NPE from List.copyOf.
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .build();

    private ConfigLoader() {
    }

    /** Known environment names: the JSON files in {@code directory}, sorted. */
    public static List<String> environmentNames(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(file -> file.endsWith(".json"))
                    // environments/<env>.migration.json is make adopt's migration file, not an environment.
                    .filter(file -> !file.endsWith(".migration.json"))
                    .map(file -> file.substring(0, file.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (java.nio.file.NoSuchFileException | java.nio.file.NotDirectoryException e) {
            throw new ConfigException("cannot read the environments directory " + directory + ": it does not exist or is not a"
                    + " directory; allowed: a directory of <name>.json files (PLATFORM_CONFIG_DIR, default environments)");
        } catch (IOException e) {
            throw new ConfigException("cannot read the environments directory " + directory + ": " + e.getMessage());
        }
    }

    /**
     * Loads the requested environments (all of them when {@code requested} is empty).
     *
     * @throws ConfigException naming every unknown environment and every invalid field
     */
    public static List<EnvironmentConfig> load(Path directory, List<String> requested) {
        List<String> known = environmentNames(directory);
        List<String> names = requested.isEmpty() ? known : requested;
        List<String> problems = new ArrayList<>();
        if (known.isEmpty()) {
            problems.add("no environments: " + directory + " holds no <name>.json file");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        names.forEach(name -> counts.merge(name, 1L, Long::sum));
        counts.forEach((name, count) -> {
            if (count > 1) {
                // Two stacks with one name: the CDKTF app would refuse the second with a jsii error dump.
                problems.add("environment '" + name + "': requested " + count + " times (" + String.join(",", names)
                        + "); allowed: each environment once in PLATFORM_ENVIRONMENTS or the arguments");
            }
        });
        List<EnvironmentConfig> configs = new ArrayList<>();
        for (String name : counts.keySet()) {
            if (!known.contains(name)) {
                problems.add("environment '" + name + "': unknown environment; allowed: " + String.join(", ", known)
                        + " (one " + directory + "/<name>.json per environment)");
                continue;
            }
            try {
                EnvironmentConfig config = parse(name, Files.readString(directory.resolve(name + ".json")));
                problems.addAll(ConfigValidator.validate(config));
                configs.add(config);
            } catch (ConfigException e) {
                problems.addAll(e.problems());
            } catch (CharacterCodingException e) {
                problems.add("environment '" + name + "': " + directory.resolve(name + ".json")
                        + " is not UTF-8 text; allowed: a JSON file saved as UTF-8");
            } catch (IOException e) {
                problems.add("environment '" + name + "': cannot read " + directory.resolve(name + ".json") + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return List.copyOf(configs);
    }

    /** Parses one environment document; structural errors (unknown field, wrong type) become ConfigExceptions. */
    public static EnvironmentConfig parse(String name, String json) {
        ObjectNode object = readObject(name, json);
        if (object.has("name") && !name.equals(object.get("name").asText())) {
            throw new ConfigException("environment '" + name + "': name: '" + object.get("name").asText()
                    + "' differs from the file name; allowed: '" + name + "' or no name field");
        }
        object.put("name", name);
        try {
            return MAPPER.treeToValue(object, EnvironmentConfig.class);
        } catch (UnrecognizedPropertyException e) {
            String allowed = e.getKnownPropertyIds().stream().map(Object::toString).filter(id -> !"name".equals(id))
                    .sorted().collect(Collectors.joining(", "));
            throw new ConfigException("environment '" + name + "': " + path(e) + ": unknown field; allowed: " + allowed);
        } catch (JsonProcessingException e) {
            throw new ConfigException("environment '" + name + "': " + path(e) + ": " + JsonTypes.problem(e, object));
        }
    }

    /**
     * The document as a tree. The parser refuses duplicate keys (the last would silently win) and anything
     * beyond {@link #LIMITS}; both are reported with the line, since the tree that would carry a path does not exist yet.
     */
    private static ObjectNode readObject(String name, String json) {
        String prefix = "environment '" + name + "': ";
        JsonParser parser = null;
        try {
            parser = MAPPER.createParser(json);
            JsonNode tree = MAPPER.readTree(parser);
            if (!(tree instanceof ObjectNode object)) {
                throw new ConfigException(prefix + "the file must hold one JSON object");
            }
            return object;
        } catch (StreamConstraintsException e) {
            throw new ConfigException(prefix + JsonTypes.limitProblem(e, parser == null ? -1 : parser.currentLocation().getLineNr()));
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
            int line = location == null ? -1 : location.getLineNr();
            if (e.getOriginalMessage().startsWith("Duplicate field ") && parser != null) {
                String field = JsonTypes.dotted(parser.getParsingContext().pathAsPointer().toString());
                throw new ConfigException(prefix + field + ": appears twice in the file (again at line " + line
                        + "); allowed: each key once (otherwise the last one would silently win)");
            }
            throw new ConfigException(prefix + "not valid JSON at line " + line + ", column "
                    + (location == null ? -1 : location.getColumnNr()) + ": " + JsonTypes.syntaxProblem(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException(prefix + "cannot read the file: " + e.getMessage());
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // a String source: closing cannot fail in a way that matters
                }
            }
        }
    }

    private static String path(JsonProcessingException exception) {
        if (!(exception instanceof JsonMappingException e)) {
            return "(document)";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "(document)" : path.toString();
    }
}
