package io.glueplatform.glue;

import com.hashicorp.cdktf.TerraformResource;
import com.hashicorp.cdktf.providers.aws.glue_job.GlueJob;
import com.hashicorp.cdktf.providers.aws.glue_job.GlueJobCommand;
import com.hashicorp.cdktf.providers.aws.glue_job.GlueJobConfig;
import com.hashicorp.cdktf.providers.aws.glue_job.GlueJobExecutionProperty;
import com.hashicorp.cdktf.providers.aws.s3_object.S3Object;
import com.hashicorp.cdktf.providers.aws.s3_object.S3ObjectConfig;
import io.glueplatform.cdk.Assets;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.PlatformModule;
import io.glueplatform.config.GlueConfig;
import io.glueplatform.storage.DataLake;
import io.glueplatform.storage.SecureBucket;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What {@link GluePipeline} and {@link DataWorkflow} share about a Glue job: the script upload, the
 * default arguments and the aws_glue_job itself. The module's own {@code add} creates the resources, so
 * addresses stay {@code <module>_script_<role>} and {@code <module>_<role>} whichever module calls.
 */
final class GlueJobs {

    /** {@link PlatformModule}'s add is protected; a module hands in {@code this::add}. */
    interface Adder {
        <T extends TerraformResource> T add(String role, Function<String, T> factory);
    }

    /** How big and how long a job runs: the pipeline takes it from config, the workflow fixes it. */
    record Sizing(String workerType, Integer workers, Integer timeoutMinutes) {
    }

    private final PlatformModule module;
    private final Adder adder;
    private final Naming naming;
    private final GlueConfig settings;
    private final String roleArn;
    private final SecureBucket scripts;
    private final String kmsKeyArn;

    GlueJobs(PlatformModule module, Adder adder, Naming naming, GlueConfig settings, String roleArn,
             SecureBucket scripts, String kmsKeyArn) {
        this.module = module;
        this.adder = adder;
        this.naming = naming;
        this.settings = settings;
        this.roleArn = roleArn;
        this.scripts = scripts;
        this.kmsKeyArn = kmsKeyArn;
    }

    /** Ships the job's driver as an asset and uploads it (script_<role>); returns its s3:// location. */
    String uploadScript(Path scriptsDir, GlueJobSpec spec) {
        Path script = scriptsDir.resolve(spec.scriptFile());
        if (!Files.isRegularFile(script)) {
            throw new IllegalArgumentException("glue job " + spec.jobName() + ": script " + script.toAbsolutePath() + " does not exist");
        }
        upload("script_" + spec.role(), "asset_" + spec.role(), script, spec.scriptKey(), "text/x-python");
        return scripts.s3Uri(spec.scriptKey());
    }

    /** Uploads the driver library bundle (library, key {@link #LIBRARY_KEY}); its s3:// location is {@link #libraryLocation()}. */
    S3Object uploadLibrary(Path bundle) {
        return upload("library", "asset_library", bundle, LIBRARY_KEY, "application/zip");
    }

    /** What every job gets as --extra-py-files. */
    String libraryLocation() {
        return scripts.s3Uri(LIBRARY_KEY);
    }

    /** Where the glue_common bundle (driver library + every job's manifest and SQL) lives in the scripts bucket. */
    static final String LIBRARY_KEY = DataLake.SCRIPTS + "lib/" + JobCatalog.LIBRARY + ".zip";

    private S3Object upload(String role, String assetId, Path file, String key, String contentType) {
        String source = Assets.file(module, assetId, file);
        return adder.add(role, id -> new S3Object(module, id, S3ObjectConfig.builder()
                .bucket(scripts.id())
                .key(key)
                .source(source)
                // Re-uploads exactly when the content changes.
                .sourceHash(Assets.sha256(file))
                .contentType(contentType)
                .serverSideEncryption("aws:kms")
                .kmsKeyId(kmsKeyArn)
                .build()));
    }

    /**
     * The arguments every job gets, in this order (the job's own come after, added by the caller): Glue's standard
     * ones and the driver library.
     * Observability metrics and the bookmark option are what the two modules choose differently.
     */
    Map<String, String> defaultArguments(GlueJobSpec spec, boolean observabilityMetrics, String bookmarkOption) {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("--job-language", "python");
        arguments.put("--TempDir", scripts.s3Uri(DataLake.TEMP + spec.jobName() + "/"));
        arguments.put("--enable-metrics", "true");
        if (observabilityMetrics) {
            arguments.put("--enable-observability-metrics", "true");
        }
        arguments.put("--enable-continuous-cloudwatch-log", "true");
        arguments.put("--enable-spark-ui", "true");
        arguments.put("--spark-event-logs-path", scripts.s3Uri(DataLake.SPARK_LOGS + spec.jobName() + "/"));
        arguments.put("--job-bookmark-option", bookmarkOption);
        arguments.put("--enable-glue-datacatalog", "true");
        // The driver is a thin call into glue_common, which reads the job's manifest and SQL from this bundle.
        arguments.put("--extra-py-files", libraryLocation());
        return arguments;
    }

    /** The aws_glue_job of {@code spec} (address {@code <module>_<role>}), one run at a time. */
    GlueJob job(GlueJobSpec spec, Sizing sizing, String securityConfiguration, List<String> connections,
                String scriptLocation, Map<String, String> arguments, S3Object library) {
        return adder.add(spec.role(), id -> new GlueJob(module, id, GlueJobConfig.builder()
                // The bundle in --extra-py-files is a literal location: make Terraform upload it before a job points at it.
                .dependsOn(List.of(library))
                .name(naming.environment() + "-" + spec.jobName())
                .description(spec.description())
                .roleArn(roleArn)
                .glueVersion(settings.version())
                .workerType(sizing.workerType())
                .numberOfWorkers(sizing.workers())
                .timeout(sizing.timeoutMinutes())
                .maxRetries(settings.maxRetries())
                // Set even when STANDARD: the API reads it back, and an unset value shows as drift.
                .executionClass(settings.executionClass())
                .executionProperty(GlueJobExecutionProperty.builder().maxConcurrentRuns(1).build())
                .securityConfiguration(securityConfiguration)
                .connections(connections.isEmpty() ? null : connections)
                .command(GlueJobCommand.builder()
                        .name("glueetl")
                        .pythonVersion("3")
                        .scriptLocation(scriptLocation)
                        .build())
                .defaultArguments(arguments)
                .tags(naming.tags(module.moduleName(), spec.role()))
                .build()));
    }
}
