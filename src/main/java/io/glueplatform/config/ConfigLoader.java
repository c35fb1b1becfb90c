package io.glueplatform.config;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads {@code environments/<name>.json} files into validated {@link EnvironmentConfig}s. Either every
 * requested environment is valid, or a {@link ConfigException} lists every problem of every one.
 */
public final class ConfigLoader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Strict types: 14.5 must not silently become 14, "14" is a string, not a number.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
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
        List<EnvironmentConfig> configs = new ArrayList<>();
        for (String name : names) {
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
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (!(tree instanceof ObjectNode object)) {
                throw new ConfigException("environment '" + name + "': the file must hold one JSON object");
            }
            if (object.has("name") && !name.equals(object.get("name").asText())) {
                throw new ConfigException("environment '" + name + "': name: '" + object.get("name").asText()
                        + "' differs from the file name; allowed: '" + name + "' or no name field");
            }
            object.put("name", name);
            return MAPPER.treeToValue(object, EnvironmentConfig.class);
        } catch (UnrecognizedPropertyException e) {
            String allowed = e.getKnownPropertyIds().stream().map(Object::toString).filter(id -> !"name".equals(id))
                    .sorted().collect(Collectors.joining(", "));
            throw new ConfigException("environment '" + name + "': " + path(e) + ": unknown field; allowed: " + allowed);
        } catch (InvalidFormatException e) {
            Class<?> target = e.getTargetType();
            String allowed = target.isEnum()
                    ? Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "))
                    : "a " + target.getSimpleName().toLowerCase();
            throw new ConfigException("environment '" + name + "': " + path(e) + ": '" + e.getValue() + "' is not allowed; allowed: " + allowed);
        } catch (JsonMappingException e) {
            throw new ConfigException("environment '" + name + "': " + path(e) + ": wrong type (" + e.getOriginalMessage().split("\n")[0] + ")");
        } catch (JsonProcessingException e) {
            throw new ConfigException("environment '" + name + "': not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
    }

    private static String path(JsonMappingException e) {
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
