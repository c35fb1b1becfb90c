package io.glueplatform;

import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import io.glueplatform.config.ConfigException;
import io.glueplatform.config.ConfigLoader;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.stack.DeploymentTarget;
import io.glueplatform.stack.Stacks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Synthesizes one stack per environment. Configuration is loaded and validated first; on any problem
 * it exits non-zero before the CDKTF app exists, so nothing is written to cdktf.out/.
 *
 * <p>Environment variables: PLATFORM_ENVIRONMENTS (comma list, default all), PLATFORM_TARGET
 * (aws | offline | emulator, default aws), PLATFORM_CONFIG_DIR (default environments),
 * PLATFORM_SCRIPTS_DIR (default glue-scripts), CDKTF_OUTDIR (set by the cdktf CLI).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        List<EnvironmentConfig> environments;
        DeploymentTarget target;
        try {
            target = DeploymentTarget.parse(System.getenv("PLATFORM_TARGET"));
            environments = ConfigLoader.load(configDir(), requested(args));
        } catch (ConfigException e) {
            System.err.println("glue-platform: invalid configuration, nothing was synthesized:");
            e.problems().forEach(problem -> System.err.println("  - " + problem));
            System.exit(2);
            return;
        }
        // Only now, with valid configuration, may anything be written.
        Path outdir = Path.of(envOr("CDKTF_OUTDIR", "cdktf.out"));
        try {
            Files.createDirectories(outdir);
        } catch (IOException e) {
            System.err.println("glue-platform: cannot create " + outdir + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        App app = new App(AppConfig.builder().outdir(outdir.toString()).build());
        for (EnvironmentConfig env : environments) {
            Stacks.forEnvironment(app, env, target, scriptsDir());
        }
        app.synth();
    }

    static List<String> requested(String[] args) {
        if (args.length > 0) {
            return List.of(args);
        }
        String value = System.getenv("PLATFORM_ENVIRONMENTS");
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static Path configDir() {
        return Path.of(envOr("PLATFORM_CONFIG_DIR", "environments"));
    }

    static Path scriptsDir() {
        return Path.of(envOr("PLATFORM_SCRIPTS_DIR", "glue-scripts"));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
