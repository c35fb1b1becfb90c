package io.glueplatform.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import io.glueplatform.glue.JobCatalog;
import io.glueplatform.Main;
import io.glueplatform.checks.Suppression;
import io.glueplatform.config.ConfigException;
import io.glueplatform.config.ConfigLoader;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.stack.DeploymentTarget;
import io.glueplatform.stack.PlatformStack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The resolved Terraform document of each requested environment, built in memory exactly as {@code make synth}
 * builds it (offline target), so pictures and costs come from the stack itself, not a second description.
 * Nothing is written to {@code cdktf.out/}.
 */
public final class StackDocuments {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One environment's document and the preflight suppressions its configuration declares. */
    public record Document(String environment, JsonNode json, List<Suppression> suppressions) {
    }

    private StackDocuments() {
    }

    /**
     * The documents of the environments {@code requested} (all when empty) from the folders a synth reads
     * ({@code PLATFORM_CONFIG_DIR}, {@code PLATFORM_SCRIPTS_DIR}); on invalid configuration prints {@code heading} and
     * each problem on stderr and exits 2, before anything is built: what the docs commands do.
     */
    public static List<Document> loadOrExit(List<String> requested, String heading) {
        try {
            return load(Main.configDir(), Main.scriptsDir(), requested);
        } catch (ConfigException e) {
            System.err.println(heading);
            e.problems().forEach(problem -> System.err.println("  - " + problem));
            System.exit(2);
            throw new IllegalStateException("unreachable: System.exit returned");
        }
    }

    /** Throws {@link io.glueplatform.config.ConfigException} for invalid configuration, before anything is built. */
    public static List<Document> load(Path configDir, Path scriptsDir, List<String> requested) {
        List<EnvironmentConfig> environments = ConfigLoader.load(configDir, requested);
        Path outdir;
        try {
            outdir = Files.createTempDirectory("glue-platform-docs");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            App app = new App(AppConfig.builder().outdir(outdir.toString()).build());
            List<Document> documents = new ArrayList<>();
            JobCatalog jobs = JobCatalog.load(scriptsDir);  // once for every environment, as Main does
            for (EnvironmentConfig env : environments) {
                PlatformStack stack = new PlatformStack(app, env, DeploymentTarget.OFFLINE, jobs);
                documents.add(new Document(env.name(), MAPPER.valueToTree(stack.toTerraform()), Main.suppressions(env)));
            }
            return documents;
        } finally {
            deleteTree(outdir);
        }
    }

    private static void deleteTree(Path root) {
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
