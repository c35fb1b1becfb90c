package io.glueplatform.migration;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.glueplatform.config.ConfigException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code environments/<env>.migration.json}: what {@code make adopt} matched, reviewed and committed by the
 * team. The stack turns it into {@code moved} blocks (mode {@code moved}: the legacy state becomes the stack's
 * state) or {@code import} blocks (mode {@code import}: a new state, the legacy state is left untouched), and
 * legacy resources the stack does not manage into {@code removed} blocks with {@code destroy = false}.
 *
 * @param matched    legacy address → our address, with the identity that matched and the import id
 * @param legacyOnly legacy resources the stack does not manage, each with a decision
 * @param stackOnly  stack resources without a legacy counterpart: created, or imported by id
 * @param ambiguous  stack resources whose identity fits several legacy resources; must be resolved by hand
 *                   (a {@code matched} entry with {@code "pinned": true}) before the stack synthesizes
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"environment", "mode", "source", "matched", "legacyOnly", "stackOnly", "ambiguous"})
public record MigrationFile(String environment, String mode, Source source, List<Matched> matched, List<LegacyOnly> legacyOnly,
                            List<StackOnly> stackOnly, List<Ambiguous> ambiguous) {

    public static final String MOVED = "moved";
    public static final String IMPORT = "import";
    /** Decisions for a legacy resource the stack does not manage. */
    public static final String REMOVED = "removed";
    public static final String IGNORE = "ignore";
    /** Decisions for a stack resource without a legacy counterpart. */
    public static final String CREATE = "create";

    public record Source(String path, String format, String terraformVersion) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"from", "to", "identity", "importId", "pinned"})
    public record Matched(String from, String to, String identity, String importId, Boolean pinned) {
        /** A match the team decided by hand; make adopt keeps it. */
        public boolean byHand() {
            return Boolean.TRUE.equals(pinned);
        }
    }

    @JsonPropertyOrder({"address", "type", "decision"})
    public record LegacyOnly(String address, String type, String decision) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"address", "decision", "importId"})
    public record StackOnly(String address, String decision, String importId) {
    }

    public record Ambiguous(String address, String identity, List<String> candidates) {
    }

    public MigrationFile {
        matched = matched == null ? List.of() : List.copyOf(matched);
        legacyOnly = legacyOnly == null ? List.of() : List.copyOf(legacyOnly);
        stackOnly = stackOnly == null ? List.of() : List.copyOf(stackOnly);
        ambiguous = ambiguous == null ? List.of() : List.copyOf(ambiguous);
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public static Path path(Path configDir, String environment) {
        return configDir.resolve(environment + ".migration.json");
    }

    /** The environment's migration file, validated; empty when there is none. */
    public static Optional<MigrationFile> load(Path configDir, String environment) {
        Path path = path(configDir, environment);
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        String prefix = "environment '" + environment + "': " + path.getFileName() + ": ";
        MigrationFile file;
        try {
            file = MAPPER.readValue(Files.readString(path), MigrationFile.class);
        } catch (JsonProcessingException e) {
            throw new ConfigException(prefix + "not a migration file (" + e.getOriginalMessage().split("\n")[0]
                    + "); allowed: the file make adopt writes, edited only in decision, importId and pinned matches");
        } catch (IOException e) {
            throw new ConfigException(prefix + "cannot be read: " + e.getMessage());
        }
        List<String> problems = file.problems(environment, prefix);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return Optional.of(file);
    }

    /** Shape of the file on its own; whether the addresses exist in the stack is checked when blocks are emitted. */
    List<String> problems(String expectedEnvironment, String prefix) {
        List<String> problems = new ArrayList<>();
        if (!expectedEnvironment.equals(environment)) {
            problems.add(prefix + "environment: '" + environment + "' is not allowed; allowed: '" + expectedEnvironment + "' (the file name)");
        }
        if (!MOVED.equals(mode) && !IMPORT.equals(mode)) {
            problems.add(prefix + "mode: '" + mode + "' is not allowed; allowed: moved (the legacy state becomes the stack's state)"
                    + " or import (new state, legacy state untouched)");
        }
        Set<String> targets = new HashSet<>();
        Set<String> sources = new HashSet<>();
        for (int i = 0; i < matched.size(); i++) {
            Matched entry = matched.get(i);
            if (entry.from() == null || entry.to() == null || !targets.add(entry.to()) || !sources.add(entry.from())) {
                problems.add(prefix + "matched[" + i + "]: '" + entry.from() + "' → '" + entry.to()
                        + "' is not allowed; allowed: from and to set, each legacy and each stack address once");
            } else if (IMPORT.equals(mode) && (entry.importId() == null || entry.importId().isBlank())) {
                problems.add(prefix + "matched[" + i + "].importId: is missing; allowed: the provider's import id (mode import)");
            }
        }
        for (int i = 0; i < legacyOnly.size(); i++) {
            LegacyOnly entry = legacyOnly.get(i);
            if (MOVED.equals(mode) && !REMOVED.equals(entry.decision())) {
                problems.add(prefix + "legacyOnly[" + i + "].decision: '" + entry.decision() + "' for " + entry.address()
                        + " is not allowed in mode moved (the stack would destroy it); allowed: removed (forget it, keep it in AWS)");
            } else if (IMPORT.equals(mode) && !IGNORE.equals(entry.decision())) {
                problems.add(prefix + "legacyOnly[" + i + "].decision: '" + entry.decision() + "' for " + entry.address()
                        + " is not allowed in mode import; allowed: ignore (it stays in the legacy state, which import leaves untouched)");
            }
        }
        for (int i = 0; i < stackOnly.size(); i++) {
            StackOnly entry = stackOnly.get(i);
            boolean create = CREATE.equals(entry.decision()) && entry.importId() == null;
            boolean importIt = IMPORT.equals(entry.decision()) && entry.importId() != null && !entry.importId().isBlank();
            if (!create && !importIt) {
                problems.add(prefix + "stackOnly[" + i + "]: decision '" + entry.decision() + "' for " + entry.address()
                        + " is not allowed; allowed: create, or import with the importId of the existing object");
            }
        }
        for (Ambiguous entry : ambiguous) {
            problems.add(prefix + "ambiguous: " + entry.address() + " fits " + String.join(", ", entry.candidates())
                    + " (" + entry.identity() + "); allowed: no ambiguous entry — pin one with a matched entry {\"from\", \"to\", \"pinned\": true} and re-run make adopt");
        }
        return problems;
    }

    /** Writes atomically (temp file + move), so a failure never leaves half a file. */
    public void write(Path path) {
        try {
            Path temp = Files.createTempFile(path.toAbsolutePath().getParent(), path.getFileName().toString(), ".tmp");
            Files.writeString(temp, MAPPER.writeValueAsString(this) + System.lineSeparator());
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ConfigException("cannot write " + path + ": " + e.getMessage());
        }
    }

    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
