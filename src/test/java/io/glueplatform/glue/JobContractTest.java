package io.glueplatform.glue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glueplatform.testing.Repo;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import io.glueplatform.testing.Tools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract between the stack and the job folders, for every job in every shipped environment: the job's
 * default_arguments are exactly Glue's standard ones plus the manifest's required arguments (nothing named
 * --vpc-*), glue_common's own validator accepts their values, a connection argument names a connection the job
 * lists, the driver is uploaded under the key the job runs, and the library bundle is attached.
 */
class JobContractTest {

    /** What Glue and the platform set on every job, besides the manifest's arguments. */
    static final Set<String> GLUE_STANDARD = Set.of("--job-language", "--TempDir", "--enable-metrics", "--enable-observability-metrics",
            "--enable-continuous-cloudwatch-log", "--enable-spark-ui", "--spark-event-logs-path", "--job-bookmark-option",
            "--enable-glue-datacatalog", "--extra-py-files");
    private static final Pattern CONNECTION_REF = Pattern.compile("\\$\\{(aws_glue_connection\\.[a-z0-9_]+)\\.name}");
    private static final List<String> ENVIRONMENTS = List.of("dev", "prod", "dataxr");

    private static JobCatalog catalog;
    private static Map<String, Template> templates;

    @BeforeAll
    static void synth() {
        catalog = JobCatalog.load(Repo.scripts());
        templates = new LinkedHashMap<>();
        ENVIRONMENTS.forEach(env -> templates.put(env, SynthFixture.synth(env)));
    }

    private static Map<String, JsonNode> jobs(Template t) {
        Map<String, JsonNode> jobs = new LinkedHashMap<>();
        t.resources("aws_glue_job").forEach((name, job) -> jobs.put(name.substring("glue_".length()), job));
        return jobs;
    }

    @Test
    void everyEnvironmentDeploysOnlyJobsOfTheFoldersAndEveryJobIsDeployedSomewhere() {
        Set<String> deployed = new TreeSet<>();
        templates.forEach((env, t) -> {
            Set<String> roles = jobs(t).keySet();
            assertThat(roles).as("%s jobs", env).isNotEmpty();
            for (String role : roles) {
                assertThat(catalog.jobs().values()).as("%s job %s has a folder", env, role).anyMatch(j -> j.role().equals(role));
            }
            deployed.addAll(roles);
        });
        assertThat(deployed).as("jobs deployed in some environment")
                .containsExactlyInAnyOrderElementsOf(catalog.jobs().values().stream().map(JobManifest::role).toList());
    }

    @Test
    void defaultArgumentsAreExactlyGluesStandardOnesAndTheManifestsRequiredArguments() {
        templates.forEach((env, t) -> jobs(t).forEach((role, job) -> {
            JobManifest manifest = manifest(role);
            Set<String> keys = new TreeSet<>();
            job.path("default_arguments").fieldNames().forEachRemaining(keys::add);
            Set<String> own = new TreeSet<>(keys);
            own.removeAll(GLUE_STANDARD);
            assertThat(own).as("%s %s: arguments besides Glue's standard ones", env, role)
                    .containsExactlyInAnyOrderElementsOf(manifest.requiredArgumentKeys());
            assertThat(keys).as("%s %s argument keys", env, role)
                    .noneMatch(k -> k.toLowerCase().startsWith("--vpc"))
                    .contains("--extra-py-files", "--TempDir", "--job-bookmark-option");
        }));
    }

    @Test
    void connectionArgumentsNameAConnectionTheJobLists() {
        templates.forEach((env, t) -> jobs(t).forEach((role, job) -> {
            List<String> connections = new ArrayList<>();
            job.path("connections").forEach(c -> connections.add(c.asText()));
            manifest(role).arguments().forEach((name, argument) -> {
                if ("connection".equals(argument.type())) {
                    String value = job.path("default_arguments").path("--" + name).asText();
                    assertThat(value).as("%s %s --%s", env, role, name).matches(CONNECTION_REF.pattern());
                    assertThat(connections).as("%s %s connections (for --%s)", env, role, name).contains(value);
                }
            });
        }));
    }

    @Test
    void theDriverIsUploadedUnderTheKeyTheJobRunsAndTheLibraryBundleIsAttached() throws IOException {
        String bundleHash = sha256(bundle());
        for (Map.Entry<String, Template> entry : templates.entrySet()) {
            Template t = entry.getValue();
            String env = entry.getKey();
            JsonNode library = t.resource("aws_s3_object.glue_library");
            assertThat(library.path("key").asText()).as("%s library key", env).isEqualTo("scripts/lib/glue_common.zip");
            assertThat(library.path("source_hash").asText()).as("%s library content hash", env).isEqualTo(bundleHash);
            String bucket = scriptsBucket(t);
            for (Map.Entry<String, JsonNode> job : jobs(t).entrySet()) {
                JobManifest manifest = manifest(job.getKey());
                JsonNode script = t.resource("aws_s3_object.glue_script_" + job.getKey());
                assertThat(script.path("key").asText()).as("%s %s script key", env, job.getKey()).isEqualTo("scripts/" + manifest.driver());
                assertThat(script.path("source_hash").asText()).as("%s %s script hash", env, job.getKey())
                        .isEqualTo(sha256(Files.readAllBytes(catalog.folder(manifest.name()).resolve(manifest.driver()))));
                JsonNode command = job.getValue().path("command");
                command = command.isArray() ? command.get(0) : command;
                assertThat(command.path("script_location").asText()).as("%s %s script_location", env, job.getKey())
                        .isEqualTo("s3://" + bucket + "/scripts/" + manifest.driver());
                assertThat(job.getValue().path("default_arguments").path("--extra-py-files").asText())
                        .as("%s %s --extra-py-files", env, job.getKey()).isEqualTo("s3://" + bucket + "/scripts/lib/glue_common.zip");
            }
        }
    }

    /** The bundle is content-addressed: building it twice gives the same bytes. */
    @Test
    void theLibraryBundleIsReproducibleAndHoldsTheLibraryAndEveryJobsManifestAndSql() throws IOException {
        byte[] first = bundle();
        assertThat(bundle()).as("second build").isEqualTo(first);
        List<String> names = new ArrayList<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(first))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).contains("glue_common/__init__.py", "glue_common/spark.json").noneMatch(n -> n.contains("__pycache__"));
        for (JobManifest job : catalog.jobs().values()) {
            assertThat(names).as("bundle entries of %s", job.name()).contains(job.name() + "/job.json");
            job.sql().forEach(sql -> assertThat(names).contains(job.name() + "/sql/" + sql));
            assertThat(names).doesNotContain(job.name() + "/" + job.driver());
        }
    }

    /** glue_common.validate_args (what the driver runs first on Glue) accepts what each environment passes. */
    @Test
    void theDriversOwnValidatorAcceptsTheSynthesizedArguments(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode cases = mapper.createObjectNode();
        templates.forEach((env, t) -> jobs(t).forEach((role, job) -> {
            ObjectNode args = cases.putObject(env + "/" + manifest(role).name());
            args.put("JOB_NAME", job.path("name").asText());
            job.path("default_arguments").fields().forEachRemaining(e -> {
                Matcher ref = CONNECTION_REF.matcher(e.getValue().asText());
                // Glue resolves the reference to the connection's name before the run starts.
                args.put(e.getKey().substring(2), ref.matches() ? t.resource(ref.group(1)).path("name").asText() : e.getValue().asText());
            });
        }));
        Path input = dir.resolve("arguments.json");
        mapper.writeValue(input.toFile(), cases);
        Tools.Result result = Tools.run(List.of("python3", "-c", String.join("\n",
                "import json, sys",
                "sys.path.insert(0, sys.argv[1])",
                "import glue_common",
                "problems = []",
                "for case, args in json.load(open(sys.argv[2])).items():",
                "    manifest = glue_common.load_manifest(case.split('/')[1])",
                "    try:",
                "        glue_common.validate_args(manifest, args)",
                "    except ValueError as e:",
                "        problems.append(case + ': ' + str(e))",
                "print(len(json.load(open(sys.argv[2]))), 'cases')",
                "print('\\n'.join(problems))",
                "sys.exit(1 if problems else 0)"), Repo.scripts().toString(), input.toString()), Map.of(), Repo.root(), 2);
        assertThat(result.exitCode()).as("glue_common.validate_args:%n%s", result.output()).isZero();
        assertThat(result.output()).contains(cases.size() + " cases");
    }

    private static JobManifest manifest(String role) {
        return catalog.jobs().values().stream().filter(j -> j.role().equals(role)).findFirst()
                .orElseThrow(() -> new AssertionError("no job folder for aws_glue_job.glue_" + role));
    }

    private static String scriptsBucket(Template t) {
        return t.resource("aws_s3_bucket.s3_scripts_this").path("bucket").asText();
    }

    private static byte[] bundle() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        catalog.writeLibraryBundle(out);
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
