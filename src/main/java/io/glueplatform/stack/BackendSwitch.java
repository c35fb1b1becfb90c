package io.glueplatform.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Lets a stack folder that was initialised for another backend re-initialise cleanly.
 *
 * <p>Switching PLATFORM_TARGET (or an environment's backend) between two synths into the same outdir
 * changes the stack's backend block. {@code terraform init} — which the cdktf CLI runs without
 * {@code -reconfigure} — then stops with "Backend configuration changed", and the only way on the CLI
 * offers is {@code --migrate-state}, which would copy the emulator's state into the real state path.
 * After each synth this forgets the folder's recorded backend ({@code .terraform/terraform.tfstate},
 * init metadata, never a state file) when it differs from the one just synthesized, so the next init
 * starts fresh on the new backend and nothing is migrated: each target keeps its own state.
 */
public final class BackendSwitch {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BackendSwitch() {
    }

    /** Returns the stack folders whose stale backend record was removed. */
    public static List<Path> forgetChangedBackends(Path outdir) {
        Path stacks = outdir.resolve("stacks");
        List<Path> reset = new ArrayList<>();
        if (!Files.isDirectory(stacks)) {
            return reset;
        }
        try (Stream<Path> dirs = Files.list(stacks)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path synthesized = dir.resolve("cdk.tf.json");
                Path recorded = dir.resolve(".terraform/terraform.tfstate");
                if (Files.isRegularFile(synthesized) && Files.isRegularFile(recorded)
                        && !sameBackend(MAPPER.readTree(synthesized.toFile()).path("terraform").path("backend"),
                        MAPPER.readTree(recorded.toFile()).path("backend"))) {
                    Files.delete(recorded);
                    reset.add(dir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot inspect the stack folders under " + stacks, e);
        }
        return reset;
    }

    /** {@code synthesized} is {@code {"<type>": {config}}}; {@code recorded} is {@code {"type": .., "config": {..}}}. */
    static boolean sameBackend(JsonNode synthesized, JsonNode recorded) {
        if (synthesized.size() != 1 || recorded.isMissingNode()) {
            return synthesized.isEmpty() && recorded.isMissingNode();
        }
        Map.Entry<String, JsonNode> block = synthesized.fields().next();
        if (!block.getKey().equals(recorded.path("type").asText())) {
            return false;
        }
        JsonNode config = recorded.path("config");
        for (Iterator<Map.Entry<String, JsonNode>> it = block.getValue().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> setting = it.next();
            if (!setting.getValue().equals(config.path(setting.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
