package io.glueplatform.glue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Glue jobs of {@code glue-scripts/}: every folder with a {@code job.json} is a job (adding a job =
 * adding a folder; there is no job list in Java). Loads and validates the manifests, turns them into
 * {@link GlueJobSpec}s for a stack, and builds the driver library bundle shipped with {@code --extra-py-files}.
 */
public final class JobCatalog {

    public static final String MANIFEST = "job.json";
    public static final String SQL_DIR = "sql";
    /** The shared driver library package (Python). */
    public static final String LIBRARY = "glue_common";
    /** Argument types glue_common validates (glue_common.ARGUMENT_TYPES). */
    public static final Set<String> ARGUMENT_TYPES = Set.of("s3_uri", "s3_prefix", "table", "qualified_table", "connection",
            "count", "ratio", "string");
    /** Glue connections a manifest may name: the platform database and the connectivity stores ({@link StoreKind}). */
    public static final Set<String> CONNECTIONS = java.util.Arrays.stream(StoreKind.values()).map(StoreKind::connectionName)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    static final Set<String> INPUT_FORMATS = Set.of("jdbc", "parquet", "text");
    static final Set<String> OUTPUT_FORMATS = Set.of("parquet", "text", "redshift");
    static final Set<String> OUTPUT_MODES = Set.of("overwrite", "overwrite-partitions", "append");
    public static final Pattern SQL_FILE = Pattern.compile("[0-9]{2}_([a-z][a-z0-9_]*)\\.sql");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z]+)(?::([a-z0-9_-]+))?}");
    private static final Set<String> LOCATIONS = Set.of("lake", "outputs", "scripts");
    /** A fixed time for every zip entry, so the bundle's bytes (and its hash) depend on content only. */
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** A manifest that cannot be deployed or run; the message is one sentence naming file, field and what is allowed. */
    public static final class InvalidJobException extends RuntimeException {
        public InvalidJobException(String message) {
            super(message);
        }
    }

    private final Path root;
    private final Map<String, JobManifest> jobs;
    /** Built on first use and shared by every stack of the run: the bundle is the same bytes for each. */
    private Path libraryBundle;

    private JobCatalog(Path root, Map<String, JobManifest> jobs) {
        this.root = root;
        this.jobs = jobs;
    }

    /** Every {@code <root>/<job>/job.json}, validated, by folder name. */
    public static JobCatalog load(Path root) {
        if (!Files.isDirectory(root)) {
            throw new InvalidJobException(root.toAbsolutePath() + " does not exist; it holds one folder per Glue job");
        }
        Map<String, JobManifest> jobs = new TreeMap<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(f -> Files.isRegularFile(f.resolve(MANIFEST))).sorted().toList()) {
                JobManifest manifest = read(folder);
                validate(folder, manifest);
                jobs.put(manifest.name(), manifest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        Map<String, String> drivers = new LinkedHashMap<>();
        for (JobManifest job : jobs.values()) {
            String other = drivers.put(job.driver(), job.name());
            if (other != null) {
                // The S3 key is scripts/<driver>: two jobs with one file name would overwrite each other.
                throw new InvalidJobException(file(root.resolve(job.name())) + ": driver: '" + job.driver()
                        + "' is also the driver of " + other + "; allowed: a file name no other job uses");
            }
        }
        return new JobCatalog(root, jobs);
    }

    private static JobManifest read(Path folder) {
        try {
            return MAPPER.readValue(folder.resolve(MANIFEST).toFile(), JobManifest.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidJobException(file(folder) + ": unknown field '" + e.getPropertyName() + "'; allowed: "
                    + e.getKnownPropertyIds());
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new InvalidJobException(file(folder) + ": not a valid manifest: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : ""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file(folder), e);
        }
    }

    private static String file(Path folder) {
        Path parent = folder.toAbsolutePath().getParent();
        return (parent != null ? parent.getFileName() + "/" : "") + folder.getFileName() + "/" + MANIFEST;
    }

    private static void validate(Path folder, JobManifest job) {
        String where = file(folder);
        List<String> problems = new ArrayList<>();
        if (!folder.getFileName().toString().equals(job.name())) {
            problems.add("name: '" + job.name() + "' differs from its folder; allowed: the folder name");
        }
        if (job.description() == null || job.description().isBlank()) {
            problems.add("description: missing; allowed: one line shown in the Glue console");
        }
        if (job.driver() == null || !job.driver().endsWith(".py") || !Files.isRegularFile(folder.resolve(job.driver()))) {
            problems.add("driver: '" + job.driver() + "' is not a .py file in the folder");
        }
        JobManifest.Step step = job.step();
        if (step == null || (step.pipeline() == null) == (step.workflow() == null)) {
            problems.add("step: needs exactly one of pipeline (a GluePipeline job) and workflow (a DataWorkflow step)");
        }
        job.arguments().forEach((name, argument) -> {
            if (!name.matches("[A-Z][A-Z0-9_]*") || name.equals("JOB_NAME")) {
                problems.add("arguments." + name + ": allowed: an upper-case name other than JOB_NAME (Glue's own)");
            }
            if (GlueJobSpec.VPC_ARGUMENT_PREFIXES.stream().anyMatch(("--" + name).toLowerCase()::startsWith)) {
                problems.add("arguments." + name + ": Glue ignores VPC settings as arguments; allowed: none, a job reaches a VPC"
                        + " only through the NETWORK/JDBC connections GluePipeline attaches");
            }
            if (!ARGUMENT_TYPES.contains(argument.type())) {
                problems.add("arguments." + name + ".type: '" + argument.type() + "'; allowed: " + new java.util.TreeSet<>(ARGUMENT_TYPES));
            }
            if (argument.required() && (argument.value() == null || argument.value().isBlank())) {
                problems.add("arguments." + name + ".value: a required argument needs the value the stack passes");
            }
            if (argument.value() != null) {
                Matcher placeholder = PLACEHOLDER.matcher(argument.value());
                while (placeholder.find()) {
                    boolean connection = "connection".equals(placeholder.group(1));
                    if (connection ? !CONNECTIONS.contains(placeholder.group(2)) : !LOCATIONS.contains(placeholder.group(1)) || placeholder.group(2) != null) {
                        problems.add("arguments." + name + ".value: '" + placeholder.group() + "'; allowed: ${lake}, ${outputs}, ${scripts}, "
                                + "${connection:<one of " + new java.util.TreeSet<>(CONNECTIONS) + ">}");
                    }
                }
                if (argument.value().replaceAll(PLACEHOLDER.pattern(), "").contains("${")) {
                    problems.add("arguments." + name + ".value: an unclosed or malformed ${...}");
                }
            }
        });
        for (List<String> pair : job.disjointPaths()) {
            if (pair.size() != 2 || !job.arguments().keySet().containsAll(pair)) {
                problems.add("disjointPaths: " + pair + "; allowed: pairs of declared arguments");
            }
        }
        Set<String> views = new HashSet<>();
        views.add("job_run");
        for (JobManifest.Input input : job.inputs()) {
            String at = "inputs." + input.name();
            if (input.name() == null || !input.name().matches("[a-z][a-z0-9_]*") || !views.add(input.name())) {
                problems.add(at + ".name: allowed: a lower-case view name used once (job_run is the run's view)");
            }
            if (!INPUT_FORMATS.contains(input.format())) {
                problems.add(at + ".format: '" + input.format() + "'; allowed: " + new java.util.TreeSet<>(INPUT_FORMATS));
            }
            requireArgument(job, problems, at + ".argument", input.argument());
            if ("jdbc".equals(input.format())) {
                requireArgument(job, problems, at + ".connection", input.connection());
                if (input.engine() == null) {
                    problems.add(at + ".engine: a jdbc input needs Glue's connection_type (mysql, postgresql)");
                }
            }
            if (input.schema() == null || input.schema().isBlank()) {
                problems.add(at + ".schema: missing; allowed: Spark DDL of the columns the SQL reads");
            }
            requireFile(folder, problems, at + ".sample", input.sample());
        }
        if (job.sql().isEmpty()) {
            problems.add("sql: empty; allowed: the files of sql/ in the order they run");
        }
        for (String sql : job.sql()) {
            Matcher name = SQL_FILE.matcher(sql);
            if (!name.matches()) {
                problems.add("sql: '" + sql + "'; allowed: NN_<view>.sql (lower case)");
            } else if (!views.add(name.group(1))) {
                problems.add("sql: '" + sql + "' defines view " + name.group(1) + " a second time");
            }
            requireFile(folder.resolve(SQL_DIR), problems, "sql", sql);
        }
        listedSqlOnly(folder, job, problems);
        for (JobManifest.Output output : job.outputs()) {
            String at = "outputs." + output.view();
            if (!views.contains(output.view())) {
                problems.add(at + ".view: not an input or a view of sql/; allowed: " + views);
            }
            if (!OUTPUT_FORMATS.contains(output.format())) {
                problems.add(at + ".format: '" + output.format() + "'; allowed: " + new java.util.TreeSet<>(OUTPUT_FORMATS));
            }
            requireArgument(job, problems, at + ".argument", output.argument());
            if ("redshift".equals(output.format())) {
                requireArgument(job, problems, at + ".connection", output.connection());
                requireArgument(job, problems, at + ".tempArgument", output.tempArgument());
            } else if (!OUTPUT_MODES.contains(output.mode())) {
                problems.add(at + ".mode: '" + output.mode() + "'; allowed: " + new java.util.TreeSet<>(OUTPUT_MODES));
            }
            if (output.schema() == null || output.schema().isBlank()) {
                problems.add(at + ".schema: missing; allowed: Spark DDL of the view (the output contract)");
            }
            requireFile(folder, problems, at + ".expected", output.expected());
        }
        if (job.outputs().isEmpty()) {
            problems.add("outputs: empty; allowed: at least one view to write");
        }
        if (job.failOn() != null && !views.contains(job.failOn())) {
            problems.add("failOn: '" + job.failOn() + "' is not a view of sql/");
        } else if (job.failOn() != null) {
            // The sample run checks the verdict too: which rows (failures) the sample must produce.
            requireFile(folder, problems, "failOn", expectedFailures(job));
        }
        if (job.sample() == null || job.sample().runTs() == null) {
            problems.add("sample.runTs: missing; allowed: the sample run's UTC time, e.g. 2024-06-30T08:00:00Z");
        }
        if (!problems.isEmpty()) {
            throw new InvalidJobException(where + ": " + String.join("; ", problems));
        }
    }

    /** Expected rows of the failOn view in the sample run, relative to the job folder. */
    public static String expectedFailures(JobManifest job) {
        return "sample/expected/" + job.failOn() + ".jsonl";
    }

    private static void requireArgument(JobManifest job, List<String> problems, String field, String argument) {
        if (argument == null || !job.arguments().containsKey(argument)) {
            problems.add(field + ": '" + argument + "'; allowed: one of the job's arguments " + job.arguments().keySet());
        }
    }

    private static void requireFile(Path folder, List<String> problems, String field, String relative) {
        if (relative == null || !Files.isRegularFile(folder.resolve(relative))) {
            problems.add(field + ": '" + relative + "' is not a file in " + folder.getFileName() + "/");
        }
    }

    /** A SQL file the manifest does not list would silently never run. */
    private static void listedSqlOnly(Path folder, JobManifest job, List<String> problems) {
        Path dir = folder.resolve(SQL_DIR);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString()).filter(f -> !job.sql().contains(f)).sorted()
                    .forEach(f -> problems.add("sql: sql/" + f + " is not listed; allowed: list it (it runs in list order) or remove it"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** glue_common/spark.json: the Spark settings of every job, read by glue_common and the local runs. */
    public Path sparkSettings() {
        return root.resolve(LIBRARY).resolve("spark.json");
    }

    public Path root() {
        return root;
    }

    public Map<String, JobManifest> jobs() {
        return java.util.Collections.unmodifiableMap(jobs);
    }

    public JobManifest job(String name) {
        JobManifest job = jobs.get(name);
        if (job == null) {
            throw new InvalidJobException("no Glue job '" + name + "' in " + root + "; allowed: " + jobs.keySet());
        }
        return job;
    }

    public Path folder(String name) {
        return root.resolve(job(name).name());
    }

    /** SQL text of the job's files, in order, by view name: exactly what glue_common.load_sql returns. */
    public Map<String, String> sql(String name) {
        Map<String, String> sql = new LinkedHashMap<>();
        for (String file : job(name).sql()) {
            Matcher view = SQL_FILE.matcher(file);
            if (!view.matches()) {
                throw new IllegalStateException("validated at load: " + file);
            }
            try {
                sql.put(view.group(1), Files.readString(folder(name).resolve(SQL_DIR).resolve(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return sql;
    }

    /** Where bucket placeholders point for one stack: {@code ${lake}} etc. become {@code s3://<bucket>}. */
    public record Locations(String lake, String outputs, String scripts) {
        /** The buckets of {@code lake}: what a manifest's {@code ${lake}}, {@code ${outputs}}, {@code ${scripts}} stand for. */
        public static Locations of(io.glueplatform.storage.DataLake lake) {
            return new Locations(bucketUri(lake.lake()), bucketUri(lake.outputs()), bucketUri(lake.scripts()));
        }

        private static String bucketUri(io.glueplatform.storage.SecureBucket bucket) {
            String uri = bucket.s3Uri("");
            return uri.substring(0, uri.length() - 1);
        }

        String resolve(String placeholder) {
            return switch (placeholder) {
                case "lake" -> lake;
                case "outputs" -> outputs;
                case "scripts" -> scripts;
                default -> throw new IllegalStateException("validated at load: " + placeholder);
            };
        }
    }

    /** Jobs of {@link GluePipeline} (step.pipeline), by folder name. */
    public List<GlueJobSpec> pipelineJobs(Locations locations) {
        return jobs.values().stream().filter(j -> j.step().pipeline() != null)
                .sorted(Comparator.comparing((JobManifest j) -> j.step().pipeline()).thenComparing(j -> j.step().order()))
                .map(j -> spec(j, locations)).toList();
    }

    /** The steps of one {@link DataWorkflow}, in step order. */
    public List<GlueJobSpec> workflowJobs(String workflow, Locations locations) {
        return jobs.values().stream().filter(j -> workflow.equals(j.step().workflow()))
                .sorted(Comparator.comparingInt(j -> j.step().order()))
                .map(j -> spec(j, locations)).toList();
    }

    private static GlueJobSpec spec(JobManifest job, Locations locations) {
        Map<String, String> arguments = new LinkedHashMap<>();
        Map<String, StoreKind> connections = new LinkedHashMap<>();
        job.arguments().forEach((name, argument) -> {
            if (argument.value() == null) {
                return;
            }
            Matcher placeholder = PLACEHOLDER.matcher(argument.value());
            if (placeholder.matches() && "connection".equals(placeholder.group(1))) {
                connections.put("--" + name, StoreKind.byConnectionName(placeholder.group(2))
                        .orElseThrow(() -> new IllegalStateException("validated at load: " + placeholder.group())));
                return;
            }
            StringBuilder value = new StringBuilder();
            placeholder.reset();
            while (placeholder.find()) {
                placeholder.appendReplacement(value, Matcher.quoteReplacement(locations.resolve(placeholder.group(1))));
            }
            placeholder.appendTail(value);
            arguments.put("--" + name, value.toString());
        });
        return new GlueJobSpec(job.role(), job.name(), job.name() + "/" + job.driver(), job.description(), arguments,
                job.sizing().timeoutMinutes(), job.sizing().workers(), connections);
    }

    /**
     * The bundle shipped with {@code --extra-py-files}: the glue_common package and every job's manifest and SQL,
     * laid out as in glue-scripts/ (glue_common finds {@code <job>/job.json} next to its package, in the folder or the
     * zip alike). Stored (not deflated), sorted, with fixed times: the bytes depend on the content only, so the
     * upload's content hash changes exactly when a file in it does.
     */
    public void writeLibraryBundle(OutputStream target) throws IOException {
        Map<String, Path> entries = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root.resolve(LIBRARY))) {
            // The package's sources and settings (spark.json); never Python's caches.
            files.filter(f -> Files.isRegularFile(f) && !f.toString().contains("__pycache__") && !f.toString().endsWith(".pyc"))
                    .forEach(f -> entries.put(root.relativize(f).toString().replace('\\', '/'), f));
        }
        for (JobManifest job : jobs.values()) {
            entries.put(job.name() + "/" + MANIFEST, root.resolve(job.name()).resolve(MANIFEST));
            for (String sql : job.sql()) {
                entries.put(job.name() + "/" + SQL_DIR + "/" + sql, root.resolve(job.name()).resolve(SQL_DIR).resolve(sql));
            }
        }
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            for (Map.Entry<String, Path> entry : entries.entrySet()) {
                byte[] bytes = Files.readAllBytes(entry.getValue());
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setMethod(ZipEntry.STORED);
                zipEntry.setSize(bytes.length);
                zipEntry.setCompressedSize(bytes.length);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                zipEntry.setCrc(crc.getValue());
                zipEntry.setTimeLocal(ZIP_TIME);
                zip.putNextEntry(zipEntry);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
    }

    /**
     * {@link #writeLibraryBundle} into a temporary file (deleted when the JVM exits), for the stacks' asset: written
     * once per catalog, so one synth of every environment zips {@code glue_common} once, not once per stack.
     */
    public synchronized Path libraryBundle() {
        if (libraryBundle != null) {
            return libraryBundle;
        }
        try {
            Path dir = Files.createTempDirectory("glue-library");
            // The JVM deletes on exit in reverse order of registration: the folder first would still hold the zip.
            dir.toFile().deleteOnExit();
            Path zip = dir.resolve(LIBRARY + ".zip");
            zip.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(zip)) {
                writeLibraryBundle(out);
            }
            libraryBundle = zip;
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the " + LIBRARY + " bundle", e);
        }
    }
}
