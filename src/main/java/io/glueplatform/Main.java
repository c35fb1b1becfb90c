package io.glueplatform;

import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import io.glueplatform.config.ConfigException;
import io.glueplatform.config.ConfigLoader;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.preflight.Preflight;
import com.hashicorp.cdktf.TerraformStack;
import io.glueplatform.stack.DeploymentTarget;
import io.glueplatform.stack.PlatformStack;
import io.glueplatform.stack.Stacks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Synthesizes one stack per environment. Configuration is loaded and validated first; on any problem
 * it exits non-zero (2) before the CDKTF app exists, so nothing is written to cdktf.out/. Then every stack
 * is built and the network preflight ({@link Preflight}) checks it; any error exits non-zero (3) before
 * {@code app.synth()}, so again nothing is written.
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
        try {
            // Every stack reads the job folders; a broken manifest is reported once, before anything is built.
            io.glueplatform.glue.JobCatalog.load(scriptsDir());
        } catch (io.glueplatform.glue.JobCatalog.InvalidJobException e) {
            System.err.println("glue-platform: invalid Glue job, nothing was synthesized:");
            System.err.println("  - " + e.getMessage());
            System.exit(2);
            return;
        }
        // Only now, with valid configuration, may anything be written.
        Path outdir = Path.of(envOr("CDKTF_OUTDIR", "cdktf.out"));
        boolean outdirExisted = Files.isDirectory(outdir);
        try {
            Files.createDirectories(outdir);
        } catch (IOException e) {
            System.err.println("glue-platform: cannot create " + outdir + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        App app = new App(AppConfig.builder().outdir(outdir.toString()).build());
        boolean passed = true;
        for (EnvironmentConfig env : environments) {
            for (TerraformStack stack : Stacks.forEnvironment(app, env, target, scriptsDir())) {
                if (stack instanceof PlatformStack platform) {
                    // The network preflight runs on the resolved stack document before anything is written.
                    Preflight.Result result = Preflight.run(platform, suppressions(env));
                    result.print(System.err);
                    passed &= result.passed();
                }
            }
        }
        if (!passed) {
            System.err.println("glue-platform: the network preflight found errors (above), nothing was synthesized;"
                    + " fix them or suppress a rule with a written reason (connectivity.preflightSuppressions, docs/preflight.md)");
            if (!outdirExisted) {
                deleteEmptyTree(outdir);
            }
            System.exit(3);
            return;
        }
        app.synth();
    }

    /** Rule id → written reason, from connectivity.preflightSuppressions (validated with the config). */
    public static Map<String, String> suppressions(EnvironmentConfig env) {
        Map<String, String> suppressions = new LinkedHashMap<>();
        env.connectivity().preflightSuppressions().forEach(s -> suppressions.put(s.rule(), s.reason()));
        return suppressions;
    }

    /** Removes the (empty) folders the CDKTF app created on construction. */
    private static void deleteEmptyTree(Path root) {
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("glue-platform: could not remove " + root + ": " + e.getMessage());
        }
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
