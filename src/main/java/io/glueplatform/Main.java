package io.glueplatform;

import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import io.glueplatform.cdk.JsiiPreload;
import io.glueplatform.cdk.QuietJsiiStderr;
import io.glueplatform.cdk.StackWriter;
import io.glueplatform.cdk.StandaloneStack;
import io.glueplatform.config.ConfigException;
import io.glueplatform.config.ConfigLoader;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.config.ProcessEnvironment;
import io.glueplatform.cdk.CheckSuppressions;
import io.glueplatform.checks.CheckResult;
import io.glueplatform.checks.Checks;
import io.glueplatform.checks.InvalidSuppressionException;
import io.glueplatform.checks.Suppression;
import io.glueplatform.checks.model.TerraformDocument;
import io.glueplatform.checks.model.UndeclaredReferenceException;
import io.glueplatform.checks.report.TextReport;
import io.glueplatform.glue.JobCatalog;
import io.glueplatform.migration.MigrationBlocks;
import io.glueplatform.migration.MigrationFile;
import io.glueplatform.stack.BackendSwitch;
import io.glueplatform.stack.DeploymentTarget;
import io.glueplatform.stack.PlatformStack;
import io.glueplatform.stack.Stacks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Synthesizes one stack per environment. Configuration is loaded and validated first; on any problem
 * it exits non-zero (2) before the CDKTF app exists, so nothing is written to cdktf.out/. Then every stack
 * is built and the checks engine ({@link Checks}: the network preflight and the security rules) judges its
 * resolved document; any error finding exits non-zero (3), and again nothing stays written: into an output folder
 * this run creates, synth writes first and the checks read those files (the folder goes on failure); into an
 * existing one, the checks judge each resolved stack before {@code app.synth()}.
 *
 * <p>Environment variables: PLATFORM_ENVIRONMENTS (comma list, default all), PLATFORM_TARGET
 * (aws | offline | emulator, default aws), PLATFORM_STATE_BOOTSTRAP (1 = also the {@code <env>-state} stacks of
 * S3-backed environments; default only the environments themselves), PLATFORM_CONFIG_DIR (default environments),
 * PLATFORM_SCRIPTS_DIR (default glue-scripts), CDKTF_OUTDIR (set by the cdktf CLI).
 */
public final class Main {

    /** Set by {@link #main}: only a cold JVM has a start-up of its own to report. */
    private static boolean coldJvm;

    private Main() {
    }

    public static void main(String[] args) {
        // Only a cold JVM: the warm synth server keeps one jsii runtime for its whole life.
        QuietJsiiStderr.install();
        // Node and the provider's assembly load while the configuration is read (the first jsii call awaits it).
        JsiiPreload.start();
        coldJvm = true;
        warnIfClassDataArchiveUnused(System.getProperty("platform.cds.archive"), System.getProperty("java.vm.info"), System.err);
        ProcessEnvironment environment = ProcessEnvironment.of(System.getenv());
        int exitCode = UnexpectedError.guard(
                () -> run(args, environment, Path.of("").toAbsolutePath(), System.err), System.err,
                "1".equals(environment.get("PLATFORM_DEBUG")));
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /**
     * scripts/run-program.sh gives a cold JVM the class-data archive of make build; the JVM ignores one that no longer
     * fits its jars (or is damaged) without a word, and only its "sharing" in java.vm.info tells. One line then says
     * so: the synth is correct, only slower.
     */
    static void warnIfClassDataArchiveUnused(String archive, String vmInfo, PrintStream err) {
        if (archive != null && (vmInfo == null || !vmInfo.contains("sharing"))) {
            err.println("synth: class-data archive " + archive + " does not fit this JVM and its jars (stale or damaged);"
                    + " synthesizing without it (rm -rf target/cds && make build rebuilds it)");
        }
    }

    /**
     * One synth, without ending the JVM: the exit status is returned. The warm synth server
     * ({@code io.glueplatform.devloop.SynthServer}) calls this once per request, in a fresh class loader,
     * with the requesting shell's environment and working directory.
     *
     * @param environment the variables this program reads (see the class comment); nothing else is consulted
     * @param workDir relative paths (environments/, glue-scripts/, cdktf.out) are resolved against it
     */
    public static int run(String[] args, ProcessEnvironment environment, Path workDir, PrintStream err) {
        ProcessEnvironment.use(environment);
        SynthTiming timing = SynthTiming.of(environment.get("PLATFORM_SYNTH_TIMING"));
        if (coldJvm) {
            timing.jvmStartup();
        }
        try {
            return run(args, environment, workDir, err, timing);
        } finally {
            timing.print(err);
        }
    }

    private static int run(String[] args, ProcessEnvironment environment, Path workDir, PrintStream err, SynthTiming timing) {
        List<EnvironmentConfig> environments;
        DeploymentTarget target;
        Map<String, MigrationFile> migrationFiles = new LinkedHashMap<>();
        try {
            target = DeploymentTarget.parse(environment.get("PLATFORM_TARGET"));
            environments = ConfigLoader.load(workDir.resolve(configDir()), requested(args));
            // make adopt's environments/<env>.migration.json, validated with the configuration.
            for (EnvironmentConfig env : environments) {
                MigrationFile.load(workDir.resolve(configDir()), env.name()).ifPresent(file -> migrationFiles.put(env.name(), file));
            }
        } catch (ConfigException e) {
            return invalidConfiguration(e, err);
        }
        timing.mark("configuration");
        JobCatalog jobs;
        try {
            // Read once, before anything is built: a broken manifest is reported once, and every stack shares the catalog.
            jobs = JobCatalog.load(workDir.resolve(scriptsDir()));
        } catch (JobCatalog.InvalidJobException e) {
            err.println("glue-platform: invalid Glue job, nothing was synthesized:");
            err.println("  - " + e.getMessage());
            return 2;
        }
        timing.mark("job catalog");
        // Only now, with valid configuration, may anything be written.
        Path outdir = workDir.resolve(envOr("CDKTF_OUTDIR", "cdktf.out"));
        boolean outdirExisted = Files.isDirectory(outdir);
        try {
            Files.createDirectories(outdir);
        } catch (IOException e) {
            err.println("glue-platform: cannot create " + outdir + ": " + e.getMessage());
            return 1;
        }
        int exitCode = 1;
        try {
            exitCode = buildAndSynth(outdir, !outdirExisted, environments, migrationFiles, target, jobs, err, timing);
        } catch (ConfigException e) {
            // Configuration only the built stack can judge (e.g. migration.imports naming an address it lacks).
            exitCode = invalidConfiguration(e, err);
        } finally {
            // Nothing partial: on any failure (also an unexpected one) a folder this run created goes again, with whatever
            // the CDKTF app wrote into it.
            if (exitCode != 0 && !outdirExisted) {
                deleteTree(outdir, err);
            }
        }
        return exitCode;
    }

    private static int invalidConfiguration(ConfigException e, PrintStream err) {
        err.println("glue-platform: invalid configuration, nothing was synthesized:");
        e.problems().forEach(problem -> err.println("  - " + problem));
        return 2;
    }

    private static int buildAndSynth(Path outdir, boolean outdirIsNew, List<EnvironmentConfig> environments,
                                     Map<String, MigrationFile> migrationFiles, DeploymentTarget target, JobCatalog jobs,
                                     PrintStream err, SynthTiming timing) {
        JsiiPreload.await();
        timing.mark("await jsii preload");
        App app = new App(AppConfig.builder().outdir(outdir.toString()).build());
        timing.mark("app (jsii runtime start)");
        // The checks judge each stack's resolved document. In a folder this run creates (scripts/synth.sh's fresh one,
        // swapped in only on success), that is the cdk.tf.json written as soon as the stack is built, judged on another
        // core while the next stack is built: a failure removes the whole folder (run), so nothing stays written, and no
        // stack is resolved twice (a toTerraform() pass costs 0.1-0.15 s per stack). Into a folder that already holds
        // output (the cdktf CLI's), nothing may be written before the checks pass: there each stack is resolved for them
        // first, and written after.
        // (The checks thread starts either way: it warms the checks up while the first stack is built.)
        StackWriter writer = outdirIsNew ? new StackWriter(app) : null;
        try (WrittenStackChecks written = new WrittenStackChecks(stack -> judgeWritten(stack, outdir))) {
            List<BuiltStack> built = new ArrayList<>();
            boolean migrationsFit = true;
            for (EnvironmentConfig env : environments) {
                // Every stack of the environment (with its state bootstrap stack, when asked) is built here, at once.
                List<StandaloneStack> stacks = Stacks.forEnvironment(app, env, target, jobs,
                        "1".equals(ProcessEnvironment.current().get("PLATFORM_STATE_BOOTSTRAP")));
                timing.mark("build " + env.name());
                for (StandaloneStack stack : stacks) {
                    MigrationFile migration = migrationFiles.get(env.name());
                    if (stack instanceof PlatformStack platform && migration != null
                            && !applyMigration(platform, env.name(), migration, err)) {
                        migrationsFit = false;
                        continue;
                    }
                    BuiltStack builtStack = new BuiltStack(env, stack, stack.getNode().getId());
                    built.add(builtStack);
                    if (writer != null) {
                        writer.write(stack);
                        written.submit(builtStack);
                    }
                }
                if (writer != null) {
                    timing.mark("write " + env.name());
                }
            }
            if (!migrationsFit) {
                return 2;
            }
            if (writer != null) {
                writer.finish();
            }
            return judgeAndReport(app, built, outdirIsNew ? written.results() : judgeResolvedStacks(built), outdirIsNew,
                    outdir, target, err, timing);
        }
    }

    /** Reports every stack's checks in order; writes the stacks when they are not written yet and the checks passed. */
    static int judgeAndReport(App app, List<BuiltStack> built, List<Supplier<CheckResult>> judged, boolean written,
                              Path outdir, DeploymentTarget target, PrintStream err, SynthTiming timing) {
        boolean passed = true;
        TextReport report = new TextReport(TextReport.terminal());
        try {
            for (int i = 0; i < built.size(); i++) {
                BuiltStack stack = built.get(i);
                CheckResult result = judged.get(i).get();
                // A passing report is information (stdout): the cdktf CLI labels every stderr line of the app [ERROR].
                // The warm synth server relays stderr only, so there a passing report stays in the server's log.
                report.print(result, result.passed() ? System.out : err, "checks ");
                passed &= result.passed();
                if (stack.stack() instanceof PlatformStack platform) {
                    reportJobsNotDeployed(platform, System.out);
                }
            }
            timing.mark(() -> (written ? "waiting for the checks of " : "toTerraform + checks ") + built.size() + " stack(s)");
        } catch (InvalidSuppressionException e) {
            err.println("glue-platform: " + e.getMessage() + "; nothing was synthesized");
            return 2;
        } catch (UndeclaredReferenceException e) {
            // A reference to what the stack does not declare: another stack's resource (each stack stands alone,
            // StandaloneStack) or a mistyped address in an escape hatch. (A written stack that cannot be read at all
            // is not a finding: that stays an unexpected error.)
            err.println("glue-platform: " + e.getMessage() + "; each stack must declare what it references (a stack cannot"
                    + " reference another stack's resources), nothing was synthesized");
            return 3;
        }
        if (!passed) {
            err.println("glue-platform: the checks found errors (above), nothing was synthesized; fix them or suppress a"
                    + " rule for a resource with a written reason (connectivity.preflightSuppressions, docs/policy.md)");
            return 3;
        }
        if (!written) {
            app.synth();
            timing.mark("app.synth (write)");
        }
        for (Path stack : BackendSwitch.forgetChangedBackends(outdir)) {
            System.out.println("glue-platform: " + stack.getFileName() + " has a new backend (" + target.name().toLowerCase(java.util.Locale.ROOT)
                    + " target); its next terraform init starts fresh, no state is migrated");
        }
        return 0;
    }

    /** Reads a written stack and judges it (pure Java: runs on the checks thread). */
    static CheckResult judgeWritten(BuiltStack stack, Path outdir) {
        TerraformDocument document = TerraformDocument.read(outdir.resolve("stacks").resolve(stack.id()).resolve("cdk.tf.json"));
        return Checks.run(stack.id(), document, checkSuppressions(stack));
    }

    /** Each stack resolved (a jsii toTerraform() pass) and judged in turn, when asked for: jsii is single-threaded. */
    private static List<Supplier<CheckResult>> judgeResolvedStacks(List<BuiltStack> built) {
        return built.stream().<Supplier<CheckResult>>map(stack ->
                () -> Checks.run(stack.id(), CheckSuppressions.document(stack.stack()), checkSuppressions(stack))).toList();
    }

    /** The environment's configured suppressions name the platform stack's resources; the state stack has none. */
    private static List<Suppression> checkSuppressions(BuiltStack stack) {
        return stack.stack() instanceof PlatformStack ? suppressions(stack.env()) : List.of();
    }

    /** A built stack with its environment; its id names its folder under stacks/ (CDKTF's layout). */
    record BuiltStack(EnvironmentConfig env, StandaloneStack stack, String id) {
    }

    /**
     * Names every job of glue-scripts/ the environment leaves out because its data store does not exist there, so a
     * job never disappears silently. Information, not an error (stdout: the cdktf CLI labels stderr lines [ERROR]).
     */
    public static void reportJobsNotDeployed(PlatformStack stack, PrintStream out) {
        stack.glue().notDeployedJobs().values().forEach(why -> out.println("glue-platform: not deployed: " + why));
    }

    /** The migration file's moved/import/removed blocks; false (reported) when the file no longer fits the stack. */
    private static boolean applyMigration(PlatformStack stack, String environment, MigrationFile file, PrintStream err) {
        try {
            MigrationBlocks.apply(stack, environment, file);
            return true;
        } catch (ConfigException e) {
            err.println("glue-platform: the migration file does not fit the stack, nothing was synthesized:");
            e.problems().forEach(problem -> err.println("  - " + problem));
            return false;
        }
    }

    /** The environment's configured suppressions (connectivity.preflightSuppressions, validated with the config). */
    public static List<Suppression> suppressions(EnvironmentConfig env) {
        List<Suppression> suppressions = new ArrayList<>();
        var configured = env.connectivity().preflightSuppressions();
        for (int i = 0; i < configured.size(); i++) {
            var s = configured.get(i);
            suppressions.add(new Suppression(s.rule(), s.address(), s.reason(), "connectivity.preflightSuppressions[" + i + "]"));
        }
        return suppressions;
    }

    /** Removes a folder this run created, with everything in it. */
    private static void deleteTree(Path root, PrintStream err) {
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            err.println("glue-platform: could not remove " + root + ": " + e.getMessage());
        }
    }

    /** The environments asked for: the arguments, else {@code PLATFORM_ENVIRONMENTS} (comma-separated); empty = all. */
    public static List<String> requested(String[] args) {
        if (args.length > 0) {
            return List.of(args);
        }
        String value = ProcessEnvironment.current().get("PLATFORM_ENVIRONMENTS");
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public static Path configDir() {
        return Path.of(envOr("PLATFORM_CONFIG_DIR", "environments"));
    }

    public static Path scriptsDir() {
        return Path.of(envOr("PLATFORM_SCRIPTS_DIR", "glue-scripts"));
    }

    private static String envOr(String name, String fallback) {
        String value = ProcessEnvironment.current().get(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
