package io.glueplatform.devloop;

import io.glueplatform.testing.Repo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How `make watch` (scripts/synth-server.sh) ends: a server nobody sees must not go on serving `make synth`. TERM to the
 * script stops the server; so does the end of whatever started the script (`kill <make pid>` signals make alone).
 * Tag {@code devloop}: starts servers; concurrent, since it only waits on them.
 */
@Tag("devloop")
@Execution(ExecutionMode.CONCURRENT)
class SynthServerScriptTest {

    @TempDir
    Path temp;

    /** Whatever a test started, stopped afterwards also when it failed (a server left running would serve make synth). */
    private final List<ProcessHandle> started = new java.util.ArrayList<>();

    @AfterEach
    void stopWhatIsLeft() {
        started.forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void termToTheScriptStopsTheServerAndRemovesItsPortFile() throws Exception {
        Path state = temp.resolve("state");
        Process script = start(List.of("bash", "scripts/synth-server.sh", "--watch", "", "--state-dir", state.toString(), "--no-verify"));
        ProcessHandle server = serverOf(state, script);

        script.destroy(); // SIGTERM to the script only

        assertThat(script.waitFor(60, TimeUnit.SECONDS)).as("script ended; log:%n%s", log()).isTrue();
        assertThat(script.exitValue()).isEqualTo(143);
        assertStopped(server, state);
    }

    @Test
    void theServerStopsWhenWhatStartedTheScriptEnds() throws Exception {
        Path state = temp.resolve("state");
        // The starter stands for make: a shell that runs the script as its child (a second command keeps bash from
        // replacing itself with it), killed alone and without a chance to pass anything on.
        Process starter = start(List.of("bash", "-c", "bash scripts/synth-server.sh --watch '' --state-dir '" + state
                + "' --no-verify; exit $?"));
        ProcessHandle server = serverOf(state, starter);

        starter.destroyForcibly(); // SIGKILL to the starter only

        assertStopped(server, state);
        assertThat(log()).contains("synth-server: what started it (pid " + starter.pid() + ") has ended; stopping the server");
    }

    @Test
    void aJavaThatIsNotThereIsNamedInOneSentence() throws Exception {
        Path missing = temp.resolve("no-jdk/bin/java");
        Process script = start(List.of("bash", "scripts/synth-server.sh", "--watch", "", "--state-dir", temp.resolve("state").toString()),
                Map.of("JAVA", missing.toString()));

        assertThat(script.waitFor(60, TimeUnit.SECONDS)).as("script ended; log:%n%s", log()).isTrue();
        assertThat(script.exitValue()).isEqualTo(127);
        assertThat(log().lines().toList()).containsExactly("synth-server: " + missing
                + " (the JAVA variable, else java on PATH) was not found; install Java 17 or point JAVA at its java");
    }

    private Process start(List<String> command) throws IOException {
        return start(command, Map.of());
    }

    private Process start(List<String> command, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(Repo.root().toFile())
                .redirectErrorStream(true).redirectOutput(temp.resolve("server.log").toFile());
        builder.environment().put("PLATFORM_TARGET", "offline");
        builder.environment().put("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20");
        builder.environment().put("TMPDIR", temp.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        started.add(process.toHandle());
        return process;
    }

    /** The server's process, once its port file says it serves (its third field is the server's pid). */
    private ProcessHandle serverOf(Path state, Process launched) throws Exception {
        Path portFile = state.resolve("server.port");
        for (int i = 0; i < 1800 && !Files.exists(portFile); i++) {
            assertThat(launched.isAlive()).as("server log:%n%s", log()).isTrue();
            Thread.sleep(100);
        }
        assertThat(portFile).as("server log:%n%s", log()).exists();
        long pid = Long.parseLong(Files.readString(portFile).trim().split(" ")[2]);
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no server process " + pid + "; log:\n" + log()));
        started.add(server);
        return server;
    }

    private void assertStopped(ProcessHandle server, Path state) throws Exception {
        for (int i = 0; i < 300 && server.isAlive(); i++) {
            Thread.sleep(100);
        }
        assertThat(server.isAlive()).as("server still running 30 s later; log:%n%s", log()).isFalse();
        assertThat(state.resolve("server.port")).as("port file").doesNotExist();
    }

    private String log() {
        try {
            return Files.readString(temp.resolve("server.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
