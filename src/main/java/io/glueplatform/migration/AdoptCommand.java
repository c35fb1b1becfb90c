package io.glueplatform.migration;

import io.glueplatform.cdk.QuietJsiiStderr;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import io.glueplatform.adoption.AdoptionException;
import io.glueplatform.adoption.IdentityCatalogue;
import io.glueplatform.adoption.LegacyState;
import io.glueplatform.config.ProcessEnvironment;
import io.glueplatform.config.ConfigException;
import io.glueplatform.config.ConfigLoader;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.stack.DeploymentTarget;
import io.glueplatform.stack.PlatformIdentities;
import io.glueplatform.stack.PlatformStack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code make adopt}'s matcher: reads the legacy state, synthesizes the environment's stack (without any
 * migration file), matches by identity and writes {@code <config dir>/<env>.migration.json}.
 *
 * <p>Usage: {@code AdoptCommand <env> <state file | terraform show -json output> <moved|import>}; environment:
 * PLATFORM_TARGET, PLATFORM_CONFIG_DIR, PLATFORM_SCRIPTS_DIR as for synth. Exit codes: 0 written; 2 bad input
 * (one sentence, nothing written); 4 written but with ambiguous matches to resolve.
 */
public final class AdoptCommand {

    public static final int BAD_INPUT = 2;
    public static final int AMBIGUOUS = 4;

    private AdoptCommand() {
    }

    public static void main(String[] args) {
        QuietJsiiStderr.install();
        System.exit(run(args, System.out, System.err));
    }

    /** The command without System.exit: arguments and the environment variables of a synth. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 3) {
            err.println("adopt: usage: AdoptCommand <env> <legacy state file | terraform show -json output> <moved|import>");
            return BAD_INPUT;
        }
        DeploymentTarget target;
        try {
            target = DeploymentTarget.parse(ProcessEnvironment.current().get("PLATFORM_TARGET"));
        } catch (ConfigException e) {
            e.problems().forEach(problem -> err.println("adopt: " + problem + "; nothing was written."));
            return BAD_INPUT;
        }
        return run(args[0], args[1], args[2], Path.of(envOr("PLATFORM_CONFIG_DIR", "environments")),
                Path.of(envOr("PLATFORM_SCRIPTS_DIR", "glue-scripts")), target, out, err);
    }

    /** Every input is checked before the stack is synthesized; bad input writes nothing. */
    public static int run(String environment, String from, String mode, Path configDir, Path scriptsDir, DeploymentTarget target,
                          PrintStream out, PrintStream err) {
        try {
            EnvironmentConfig env = ConfigLoader.load(configDir, List.of(environment)).get(0);
            LegacyState state = LegacyState.read(env.name(), Path.of(from));
            IdentityCatalogue catalogue = PlatformIdentities.catalogue();
            Adoption.validate(env, mode, from, state, catalogue);
            Optional<MigrationFile> previous = previous(configDir, env.name());
            JsonNode stack = synthesize(env, target, scriptsDir);
            MigrationFile file = Adoption.decide(env, mode, from, state, stack, catalogue, previous);
            Path path = MigrationFile.path(configDir, env.name());
            file.write(path);
            out.printf("adopt: %s: %d matched, %d legacy-only (%s), %d stack-only (created unless imported), %d ambiguous → %s%n",
                    env.name(), file.matched().size(), file.legacyOnly().size(),
                    MigrationFile.MOVED.equals(mode) ? "removed from state, kept in AWS" : "ignored, left in the legacy state",
                    file.stackOnly().size(), file.ambiguous().size(), path);
            if (!file.ambiguous().isEmpty()) {
                file.ambiguous().forEach(a -> err.println("adopt: ambiguous: " + a.address() + " (" + a.identity() + ") fits "
                        + String.join(", ", a.candidates()) + "; pin one in " + path + " as a matched entry with \"pinned\": true"));
                return AMBIGUOUS;
            }
            return 0;
        } catch (AdoptionException e) {
            err.println("adopt: " + e.getMessage() + "; nothing was written.");
            return BAD_INPUT;
        } catch (ConfigException e) {
            e.problems().forEach(problem -> err.println("adopt: " + problem + "; nothing was written."));
            return BAD_INPUT;
        }
    }

    /** The previous migration file, read without validation (it may hold ambiguous entries to carry over). */
    private static Optional<MigrationFile> previous(Path configDir, String environment) {
        Path path = MigrationFile.path(configDir, environment);
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ObjectMapper().readValue(path.toFile(), MigrationFile.class));
        } catch (IOException e) {
            throw new AdoptionException("environment '" + environment + "': the existing " + path + " cannot be read ("
                    + e.getMessage().split("\n")[0] + "); allowed: the file make adopt writes — fix or delete it");
        }
    }

    /** The stack as it would be synthesized, without any migration file: what the legacy state is matched against. */
    static JsonNode synthesize(EnvironmentConfig env, DeploymentTarget target, Path scriptsDir) {
        Path outdir = null;
        try {
            outdir = Files.createTempDirectory("adopt-synth");
            App app = new App(AppConfig.builder().outdir(outdir.toString()).build());
            new PlatformStack(app, env, target, scriptsDir);
            app.synth();
            return new ObjectMapper().readTree(outdir.resolve("stacks").resolve(env.name()).resolve("cdk.tf.json").toFile());
        } catch (IOException e) {
            throw new AdoptionException("environment '" + env.name() + "': cannot synthesize the stack to match against (" + e.getMessage() + ")");
        } finally {
            delete(outdir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("adopt: could not remove " + dir + ": " + e.getMessage());
        }
    }

    private static String envOr(String name, String fallback) {
        String value = ProcessEnvironment.current().get(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
