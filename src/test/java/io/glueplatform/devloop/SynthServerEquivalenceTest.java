package io.glueplatform.devloop;

import io.glueplatform.testing.JavaProcess;
import io.glueplatform.testing.Repo;
import io.glueplatform.testing.Tools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm synth server against cold JVMs: a synth served by the server (through scripts/synth.sh, the
 * client make synth and the cdktf CLI run) must be byte-identical to a cold one, for every shipped
 * environment, and stay identical when the same runtime synthesizes again (no jsii or program state may
 * leak from one synth into the next). Also: requests it must not serve are declined, not served.
 * Tag {@code devloop}: starts JVMs (≈ 1 min), so it is not part of {@code make unit-test}.
 */
@Tag("devloop")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SynthServerEquivalenceTest {

    @TempDir
    static Path temp;

    private Process server;
    private Path state;
    private Path serverLog;

    @BeforeAll
    void startServer() throws Exception {
        state = temp.resolve("state");
        serverLog = temp.resolve("server.log");
        List<String> command = new ArrayList<>(JavaProcess.java());
        command.addAll(List.of("-Xmx1g", "-D" + SynthServer.DEPENDENCIES_PROPERTY + "=" + dependencies(),
                "-cp", System.getProperty("java.class.path"), SynthServer.class.getName(),
                "--watch", "", "--state-dir", state.toString(), "--no-verify"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(Repo.root().toFile())
                .redirectErrorStream(true).redirectOutput(serverLog.toFile());
        builder.environment().putAll(baseEnvironment());
        server = builder.start();
        Path portFile = state.resolve("server.port");
        for (int i = 0; i < 1200 && !Files.exists(portFile); i++) {
            assertThat(server.isAlive()).as("server log:%n%s", log()).isTrue();
            Thread.sleep(100);
        }
        assertThat(portFile).as("server log:%n%s", log()).exists();
    }

    @AfterAll
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void warmSynthsAreByteIdenticalToColdOnesForEveryEnvironment() throws Exception {
        // all environments, then dev again in the same runtime (state leaking across synths would show here)
        // PLATFORM_STATE_BOOTSTRAP=1: the state bootstrap stack too, so "all" really is every stack the program makes.
        Tools.Result all = warm(temp.resolve("warm-all"), "", Map.of("PLATFORM_STATE_BOOTSTRAP", "1"));
        Tools.Result devAgain = warm(temp.resolve("warm-dev"), "dev");
        Tools.Result emulator = warm(temp.resolve("warm-dev-emulator"), "dev", Map.of("PLATFORM_TARGET", "emulator"));

        cold(temp.resolve("cold-all"), "", Map.of("PLATFORM_STATE_BOOTSTRAP", "1"));
        cold(temp.resolve("cold-dev-emulator"), "dev", Map.of("PLATFORM_TARGET", "emulator"));

        assertThat(files(temp.resolve("cold-all"))).as("cold synth of all environments")
                .contains("stacks/dev/cdk.tf.json", "stacks/prod/cdk.tf.json", "stacks/dataxr/cdk.tf.json", "stacks/prod-state/cdk.tf.json");
        assertIdentical(temp.resolve("cold-all"), temp.resolve("warm-all"));
        assertIdentical(temp.resolve("cold-all").resolve("stacks/dev"), temp.resolve("warm-dev").resolve("stacks/dev"));
        assertIdentical(temp.resolve("cold-dev-emulator"), temp.resolve("warm-dev-emulator"));
        for (Tools.Result result : List.of(all, devAgain, emulator)) {
            assertThat(result.output()).as("served warm, not synthesized cold by the client").contains("(warm; program");
        }
    }

    @Test
    void requestsTheServerCannotServeFaithfullyAreDeclined() throws Exception {
        String[] port = Files.readString(state.resolve("server.port")).trim().split(" ");
        Map<String, String> environment = new HashMap<>(baseEnvironment());
        assertThat(request(port[0], "not-the-token", environment)).startsWith("DECLINED wrong token");
        // cdktf reads CDKTF_CONTEXT_JSON in Node, which started with the server's environment
        environment.put("CDKTF_CONTEXT_JSON", "{\"excludeStackIdFromLogicalIds\":\"true\"}");
        assertThat(request(port[0], port[1], environment)).startsWith("DECLINED $CDKTF_CONTEXT_JSON differs");
    }

    private void assertIdentical(Path cold, Path warm) throws IOException {
        assertThat(files(warm)).as("files of %s", warm).isEqualTo(files(cold));
        for (String file : files(cold)) {
            assertThat(Files.mismatch(cold.resolve(file), warm.resolve(file))).as("%s: first differing byte", file).isEqualTo(-1L);
        }
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().collect(Collectors.toList());
        }
    }

    private Tools.Result warm(Path outdir, String environments) {
        return warm(outdir, environments, Map.of());
    }

    private Tools.Result warm(Path outdir, String environments, Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(baseEnvironment());
        environment.putAll(Map.of("CDKTF_OUTDIR", outdir.toString(), "PLATFORM_ENVIRONMENTS", environments,
                "PLATFORM_SYNTH_SERVER_DIR", state.toString()));
        environment.putAll(extra);
        Tools.Result result = Tools.run(List.of("bash", Repo.root().resolve("scripts/run-program.sh").toString()), environment, Repo.root(), 10);
        assertThat(result.exitCode()).as("warm synth of '%s':%n%s%nserver log:%n%s", environments, result.output(), log()).isZero();
        return result;
    }

    private void cold(Path outdir, String environments, Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(baseEnvironment());
        environment.putAll(Map.of("CDKTF_OUTDIR", outdir.toString(), "PLATFORM_ENVIRONMENTS", environments));
        environment.putAll(extra);
        List<String> command = new ArrayList<>(JavaProcess.java());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.glueplatform.Main"));
        Tools.Result result = Tools.run(command, environment, Repo.root(), 10);
        assertThat(result.exitCode()).as("cold synth of '%s':%n%s", environments, result.output()).isZero();
    }

    /** One raw request: the reply's first line. */
    private static String request(String port, String token, Map<String, String> environment) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(port));
             var out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
             var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            out.println("TOKEN " + token);
            out.println("CWD " + encode(Repo.root().toString()));
            environment.forEach((name, value) -> out.println("ENV " + name + " " + encode(value)));
            out.println("END");
            return in.readLine();
        }
    }

    private static String encode(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    /** What every run here shares; the server and the clients see the same values. */
    private Map<String, String> baseEnvironment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("PLATFORM_TARGET", "offline");
        environment.put("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20");
        environment.put("TMPDIR", temp.toString());
        return environment;
    }

    private static String dependencies() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.endsWith("classes") && !entry.endsWith("test-classes")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private String log() {
        try {
            return Files.readString(serverLog);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
