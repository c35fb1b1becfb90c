package io.glueplatform.devloop;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The warm synth server behind {@code make watch}: one JVM keeps the jsii runtime (Node + the AWS provider's
 * assembly, the ≈ 8 s every cold synth pays) and the provider's Java classes loaded, and synthesizes on
 * request in tens to hundreds of milliseconds.
 *
 * <ul>
 *   <li>Every synth loads the program's classes afresh ({@link ProgramLoader}) from the newest compiled
 *       generation of {@code src/main/java} ({@link SourceTree}) and builds a new CDKTF {@code App}; no
 *       program state survives a request.</li>
 *   <li>Requests come from {@code scripts/run-program.sh} (what {@code make synth} and the cdktf.json app command
 *       run) over loopback TCP; the port and a random token are in {@code target/devloop/server.port}
 *       (mode 600). A request carries the client's working directory, arguments and environment; the server
 *       declines (and the client synthesizes cold) when a variable the Node side reads differs from its
 *       own, or when the dependencies changed (it then restarts).</li>
 *   <li>The first synth of every generation, and every {@value #VERIFY_EVERY}th after it, is repeated by a
 *       cold JVM in the background and compared byte for byte; on any difference the server stops serving
 *       (exit {@value #DIVERGED}) and says where the trees differ.</li>
 *   <li>Memory is bounded: past the heap or Node limit the server finishes the request and exits
 *       {@value #RESTART}; {@code scripts/synth-server.sh} starts a fresh one.</li>
 * </ul>
 */
public final class SynthServer {

    /** Exit status asking the wrapper script for a fresh server (memory limit, changed dependencies). */
    public static final int RESTART = 75;
    /** Exit status after a warm synth differed from a cold one: never restarted automatically. */
    public static final int DIVERGED = 3;
    static final int VERIFY_EVERY = 25;
    /** System property with the dependencies' classpath, instead of target/classpath.txt. */
    public static final String DEPENDENCIES_PROPERTY = "glueplatform.dependencies";

    private final Path root;
    private final Path stateDir;
    private final Path portFile;
    private final String dependencies;
    private final SourceTree sources;
    private final Options options;
    private final Map<String, String> ownEnvironment = System.getenv();
    private final long dependencyStamp;
    private final String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
    private final ExecutorService verifier = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "synth-verifier");
        t.setDaemon(true);
        return t;
    });
    private final Object lock = new Object();

    private SourceTree.Generation generation;
    private int requests;
    private int requestsInGeneration;
    private volatile String divergence;
    private volatile boolean restart;
    private volatile Process verification;
    private volatile boolean shuttingDown;
    private ServerSocket socket;

    /** Command-line options of {@code make watch}. */
    record Options(List<String> watchEnvironments, String watchTarget, long maxHeapBytes, long maxNodeBytes, String stateDir,
                   boolean verify) {
        static Options parse(String[] args) {
            List<String> envs = List.of("dev");
            String target = "offline";
            long maxNodeMb = 2048;
            String stateDir = "target/devloop";
            boolean verify = true;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--watch" -> envs = args[++i].isBlank() ? List.of() : List.of(args[i].split(","));
                    case "--target" -> target = args[++i];
                    case "--max-node-mb" -> maxNodeMb = Long.parseLong(args[++i]);
                    case "--state-dir" -> stateDir = args[++i];
                    // only for a caller that compares every synth with a cold one itself (SynthServerEquivalenceTest)
                    case "--no-verify" -> verify = false;
                    default -> throw new IllegalArgumentException("synth server: unknown option '" + args[i]
                            + "'; allowed: --watch <env,...>, --target <offline|aws|emulator>, --max-node-mb <n>, --state-dir <dir>, --no-verify");
                }
            }
            return new Options(envs, target, Runtime.getRuntime().maxMemory() * 3 / 4, maxNodeMb * 1024 * 1024, stateDir, verify);
        }
    }

    private SynthServer(Path root, Options options) throws IOException {
        this.root = root;
        this.options = options;
        this.stateDir = root.resolve(options.stateDir());
        this.portFile = stateDir.resolve("server.port");
        // The dependencies' classpath: what `make build` cached, or (tests) the system property.
        String given = System.getProperty(DEPENDENCIES_PROPERTY);
        this.dependencies = given != null ? given : Files.readString(root.resolve("target/classpath.txt")).trim();
        this.dependencyStamp = dependencyStamp();
        this.sources = new SourceTree(root.resolve("src/main/java"), stateDir, dependencies);
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            System.err.println(e.getMessage() == null ? "synth server: an option is missing its value" : e.getMessage());
            System.exit(2);
            return;
        }
        SynthServer server = new SynthServer(Path.of("").toAbsolutePath(), options);
        System.exit(server.serve());
    }

    private int serve() throws IOException, InterruptedException {
        Files.createDirectories(stateDir);
        Files.deleteIfExists(stateDir.resolve("DIVERGED"));
        long started = System.nanoTime();
        generation = sources.compile();
        log("compiled src/main/java (generation %d) in %s", generation.number(), seconds(started));
        if (!generation.compiled()) {
            System.err.print(generation.errors());
        }
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        // The first synth loads Node and the provider (the cold cost, paid once); the watch selection is its input.
        if (!options.watchEnvironments().isEmpty()) {
            synthForWatch("start");
        }
        publishPort();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shuttingDown = true;
            unpublishPort();
            Process running = verification;
            if (running != null) {
                running.destroyForcibly(); // a verification's javac or cold JVM must not outlive the server
            }
        }));
        if (!options.watchEnvironments().isEmpty()) {
            SourceWatcher.start(List.of(root.resolve("src/main"), root.resolve("environments"), root.resolve("glue-scripts")),
                    changed -> synthForWatch(changed));
        }
        log("ready: make synth / cdktf synth use this server (port %d); watching %s for %s",
                socket.getLocalPort(), options.watchEnvironments().isEmpty() ? "nothing" : "src/main, environments/, glue-scripts/",
                options.watchEnvironments().isEmpty() ? "-" : String.join(",", options.watchEnvironments()));
        while (divergence == null && !restart) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(30_000);
                handle(client);
            } catch (IOException e) {
                if (socket.isClosed()) {
                    break;
                }
                log("request failed: %s", e.getMessage());
            }
        }
        unpublishPort();
        verifier.shutdown();
        if (divergence != null) {
            return DIVERGED;
        }
        verifier.awaitTermination(5, TimeUnit.MINUTES);
        return divergence != null ? DIVERGED : RESTART;
    }

    /** One request: TOKEN, CWD, ARG*, ENV*|ENV0, END lines in; OUT (base64) and EXIT or DECLINED lines back. */
    private void handle(Socket client) throws IOException {
        var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        var out = new BufferedWriter(new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8));
        Path workDir = null;
        List<String> args = new ArrayList<>();
        Map<String, String> environment = new LinkedHashMap<>();
        boolean authenticated = false;
        for (String line = in.readLine(); line != null && !line.equals("END"); line = in.readLine()) {
            String[] parts = line.split(" ", 3);
            switch (parts[0]) {
                case "TOKEN" -> authenticated = parts.length == 2 && parts[1].equals(token);
                case "CWD" -> workDir = Path.of(decode(parts[1]));
                case "ARG" -> args.add(parts.length > 1 ? decode(parts[1]) : "");
                case "ENV" -> environment.put(parts[1], parts.length > 2 ? decode(parts[2]) : "");
                case "ENV0" -> {
                    // the whole environment as `env -0` prints it, base64: one encoder process for the client
                    for (String entry : decode(parts.length > 1 ? parts[1] : "").split("\0")) {
                        int equals = entry.indexOf('=');
                        if (equals > 0) {
                            environment.put(entry.substring(0, equals), entry.substring(equals + 1));
                        }
                    }
                }
                default -> {
                    reply(out, "DECLINED unknown request line");
                    return;
                }
            }
        }
        if (!authenticated || workDir == null) {
            reply(out, "DECLINED " + (authenticated ? "no working directory" : "wrong token"));
            return;
        }
        String declined = declineReason(environment);
        if (declined != null) {
            log("declined a request: %s", declined);
            reply(out, "DECLINED " + declined);
            return;
        }
        Result result = synth(workDir, args.toArray(String[]::new), environment, "request");
        out.write("OUT " + encode(result.output()) + "\n");
        reply(out, "EXIT " + result.exitCode());
    }

    private String declineReason(Map<String, String> environment) {
        if (divergence != null) {
            return "a warm synth differed from a cold one; this server no longer serves";
        }
        if (dependencyStamp() != dependencyStamp) {
            restart = true;
            return "pom.xml or target/classpath.txt changed since the server started; it restarts";
        }
        // cdktf's App prefers $CDKTF_OUTDIR of the Node process over the outdir Main passes: a server started
        // with it set would write every synth there (scripts/synth-server.sh unsets it).
        String ownOutdir = ownEnvironment.get("CDKTF_OUTDIR");
        if (ownOutdir != null && !ownOutdir.equals(environment.get("CDKTF_OUTDIR"))) {
            return "the server was started with CDKTF_OUTDIR=" + ownOutdir + ", which Node would write to instead";
        }
        for (String name : nodeVisible(environment).keySet()) {
            if (!Objects.equals(environment.get(name), ownEnvironment.get(name))) {
                return "$" + name + " differs from the server's (the jsii runtime's Node process reads it)";
            }
        }
        for (String name : nodeVisible(ownEnvironment).keySet()) {
            if (!environment.containsKey(name)) {
                return "$" + name + " is set for the server but not for this synth";
            }
        }
        return null;
    }

    /**
     * The variables the Node side of a synth can read (cdktf reads CDKTF_*, e.g. CDKTF_CONTEXT_JSON; jsii and
     * Node read JSII_* and NODE_*; scripts/node/cdktf-creation-stacks.cjs reads CDK_DEBUG). They are fixed when Node
     * starts, so a request that needs other values must go to a cold JVM. CDKTF_OUTDIR is checked on its own (see declineReason), and the Node
     * end-of-life banner switch changes no output.
     */
    static Map<String, String> nodeVisible(Map<String, String> environment) {
        Map<String, String> visible = new TreeMap<>();
        environment.forEach((name, value) -> {
            boolean read = name.startsWith("CDKTF_") || name.startsWith("JSII_") || name.startsWith("NODE_")
                || name.equals("CDK_DEBUG");
            boolean ignored = name.equals("CDKTF_OUTDIR") || name.equals("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION");
            if (read && !ignored) {
                visible.put(name, value);
            }
        });
        return visible;
    }

    record Result(int exitCode, String output) {
    }

    private Result synth(Path workDir, String[] args, Map<String, String> environment, String trigger) {
        synchronized (lock) {
            long started = System.nanoTime();
            String compileNote = "";
            if (!sources.snapshot().equals(generation.snapshot())) {
                generation = sources.update(generation);
                requestsInGeneration = 0;
                compileNote = ", compiled " + generation.compiledFiles() + " file(s) into generation " + generation.number()
                        + " in " + seconds(started);
                try {
                    sources.prune(generation);
                } catch (IOException e) {
                    log("cannot remove old generations: %s", e.getMessage());
                }
            }
            if (!generation.compiled()) {
                log("compilation failed (%s)", trigger);
                return new Result(1, "synth server: compiling src/main/java failed:\n" + generation.errors());
            }
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            PrintStream err = new PrintStream(captured, true, StandardCharsets.UTF_8);
            long synthStarted = System.nanoTime();
            int exitCode;
            try {
                exitCode = ProgramLoader.synth(generation.classes(), root.resolve("src/main/resources"), args, environment, workDir, err);
            } catch (ReflectiveOperationException | IOException | RuntimeException | LinkageError e) {
                err.println("synth server: could not run the program: " + e);
                exitCode = 1;
            }
            requests++;
            requestsInGeneration++;
            String selection = environment.getOrDefault("PLATFORM_ENVIRONMENTS", "");
            String timing = String.format(Locale.ROOT, "synth-server: %s [%s] %s in %s (warm; program %s%s; exit %d)",
                    selection.isBlank() ? "all environments" : selection,
                    Objects.requireNonNullElse(environment.get("PLATFORM_TARGET"), "aws"), trigger,
                    seconds(started), seconds(synthStarted), compileNote, exitCode);
            System.err.print(captured.toString(StandardCharsets.UTF_8));
            log("%s", timing.substring("synth-server: ".length()));
            err.println(timing);
            if (options.verify() && exitCode == 0 && (requestsInGeneration == 1 || requests % VERIFY_EVERY == 0)) {
                scheduleVerification(workDir, args, environment);
            }
            checkMemory();
            return new Result(exitCode, captured.toString(StandardCharsets.UTF_8));
        }
    }

    private void synthForWatch(String trigger) {
        Map<String, String> environment = new TreeMap<>(ownEnvironment);
        environment.put("PLATFORM_ENVIRONMENTS", String.join(",", options.watchEnvironments()));
        environment.put("PLATFORM_TARGET", options.watchTarget());
        synth(root, new String[0], environment, trigger);
        if (restart || divergence != null) {
            closeSocket();
        }
    }

    /**
     * Repeats a warm synth the way a cold build would do it: javac compiles a copy of exactly the sources the
     * warm synth used (so neither the incremental compile nor a stale class can hide), a new JVM synthesizes
     * with the request's environment and directory, and the two output trees are compared byte for byte.
     */
    private void scheduleVerification(Path workDir, String[] args, Map<String, String> environment) {
        int number = requests;
        Path dir = stateDir.resolve("verify/" + number);
        Path warmOut = workDir.resolve(Objects.requireNonNullElse(blankToNull(environment.get("CDKTF_OUTDIR")), "cdktf.out"));
        try {
            SourceTree.deleteTree(dir);
            OutputTrees.copy(warmOut, dir.resolve("warm"));
            OutputTrees.copy(sources.root(), dir.resolve("src"));
            // The program's resources too (the rule catalog's metadata): the warm synth read them from there.
            OutputTrees.copy(root.resolve("src/main/resources"), dir.resolve("resources"));
        } catch (IOException e) {
            log("cannot snapshot synth #%d for verification: %s", number, e.getMessage());
            return;
        }
        verifier.submit(() -> {
            try {
                long started = System.nanoTime();
                Path classes = dir.resolve("classes");
                List<String> sourceFiles;
                try (var walk = Files.walk(dir.resolve("src"))) {
                    sourceFiles = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
                }
                Files.write(dir.resolve("sources.txt"), sourceFiles);
                String javaHome = System.getProperty("java.home");
                int compiled = run(dir.resolve("javac.log"), workDir, Map.of(), Path.of(javaHome, "bin", "javac").toString(),
                        "--release", "17", "-g", "-proc:none", "-encoding", "UTF-8", "-cp", dependencies,
                        "-d", classes.toString(), "@" + dir.resolve("sources.txt"));
                if (compiled != 0) {
                    diverged("synth #" + number + ": javac could not compile the sources the warm synth used (log: "
                            + dir.resolve("javac.log") + ")");
                    return;
                }
                Map<String, String> coldEnvironment = new TreeMap<>(environment);
                coldEnvironment.put("CDKTF_OUTDIR", dir.resolve("cold").toString());
                List<String> command = new ArrayList<>(List.of(Path.of(javaHome, "bin", "java").toString(),
                        "-cp", classes + java.io.File.pathSeparator + dir.resolve("resources") + java.io.File.pathSeparator + dependencies,
                        "io.glueplatform.Main"));
                command.addAll(List.of(args));
                int exit = run(dir.resolve("cold.log"), workDir, coldEnvironment, command.toArray(String[]::new));
                if (exit != 0) {
                    diverged("synth #" + number + ": the warm synth succeeded but the cold one exited " + exit
                            + " (log: " + dir.resolve("cold.log") + ")");
                    return;
                }
                List<String> differences = OutputTrees.differences(dir.resolve("cold"), dir.resolve("warm"));
                if (!differences.isEmpty()) {
                    diverged("synth #" + number + " differs from a cold synth:\n  " + String.join("\n  ", differences)
                            + "\n  (warm copy " + dir.resolve("warm") + ", cold " + dir.resolve("cold") + ")");
                    return;
                }
                log("verified: synth #%d is byte-identical to a cold compile + cold synth (%s)", number, seconds(started));
                SourceTree.deleteTree(dir);
            } catch (IOException | RuntimeException e) {
                diverged("synth #" + number + ": the verification could not run: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Runs a command with exactly {@code environment} (or the server's own when empty), output to {@code log}. */
    private int run(Path log, Path workDir, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        List<String> niced = new ArrayList<>(List.of(command));
        if (Files.isExecutable(Path.of("/usr/bin/nice"))) {
            niced.addAll(0, List.of("/usr/bin/nice", "-n", "19")); // the next synth must not wait behind a check of the last
        }
        ProcessBuilder builder = new ProcessBuilder(niced).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        if (!environment.isEmpty()) {
            builder.environment().clear();
            builder.environment().putAll(environment);
        }
        Process process = builder.start();
        verification = process;
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new IOException(command[0] + " did not finish within 10 minutes (log: " + log + ")");
            }
            return process.exitValue();
        } finally {
            verification = null;
        }
    }

    private void diverged(String message) {
        if (shuttingDown) {
            return; // the hook ended the verification's process; that says nothing about the synth
        }
        divergence = message;
        log("STOPPED: %s", message);
        try {
            Files.writeString(stateDir.resolve("DIVERGED"), message + "\n");
        } catch (IOException e) {
            log("cannot write %s: %s", stateDir.resolve("DIVERGED"), e.getMessage());
        }
        unpublishPort();
        closeSocket();
    }

    /** Heap retained after the last collections, and the Node process's resident memory, against their limits. */
    private void checkMemory() {
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && afterGc != null) {
                heap += afterGc.getUsed();
            }
        }
        long node = nodeResidentBytes();
        if (heap > options.maxHeapBytes() || node > options.maxNodeBytes()) {
            log("memory limit reached (heap %d MB of %d, Node %d MB of %d): restarting after this request",
                    heap >> 20, options.maxHeapBytes() >> 20, node >> 20, options.maxNodeBytes() >> 20);
            restart = true;
            closeSocket();
        }
    }

    static long nodeResidentBytes() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/node") || c.equals("node")).orElse(false))
                .mapToLong(p -> residentBytes(p.pid())).sum();
    }

    private static long residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0; // not Linux, or the process ended: the heap limit still applies
        }
        return 0;
    }

    private long dependencyStamp() {
        try {
            Path classpathFile = root.resolve("target/classpath.txt");
            return Files.getLastModifiedTime(root.resolve("pom.xml")).toMillis() * 31
                    + (Files.exists(classpathFile) ? Files.getLastModifiedTime(classpathFile).toMillis() : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void publishPort() throws IOException {
        Path temp = stateDir.resolve("server.port.tmp");
        Files.deleteIfExists(temp);
        Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temp, socket.getLocalPort() + " " + token + " " + ProcessHandle.current().pid() + "\n");
        Files.move(temp, portFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void unpublishPort() {
        try {
            if (Files.isRegularFile(portFile) && Files.readString(portFile).contains(token)) {
                Files.delete(portFile);
            }
        } catch (IOException e) {
            log("cannot remove %s: %s", portFile, e.getMessage());
        }
    }

    private void closeSocket() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException e) {
            log("cannot close the server socket: %s", e.getMessage());
        }
    }

    private static void reply(BufferedWriter out, String line) throws IOException {
        out.write(line + "\n");
        out.flush();
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String seconds(long startedNanos) {
        return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - startedNanos) / 1e9);
    }

    private static void log(String format, Object... args) {
        System.err.println("synth-server: " + String.format(Locale.ROOT, format, args));
    }
}
