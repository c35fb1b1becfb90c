package io.glueplatform.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * External tools for Terraform-level and end-to-end tests. A missing tool is a failure with an install
 * hint, never a skip: CI must not go green without the checks that need it.
 */
public final class Tools {

    public record Result(int exitCode, String output) {
    }

    private static final Set<Integer> HANDED_OUT_PORTS = ConcurrentHashMap.newKeySet();

    private Tools() {
    }

    /** Fails unless {@code command --version}-style probe succeeds. */
    public static void require(String tool, String hint, String... probe) {
        try {
            Process process = new ProcessBuilder(probe).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (process.waitFor() != 0) {
                throw new AssertionError(tool + " is installed but does not work (" + String.join(" ", probe) + "); " + hint);
            }
        } catch (IOException e) {
            throw new AssertionError(tool + " is not on PATH: " + hint);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static void requireTerraform() {
        require("terraform", "install Terraform >= 1.6 and a provider mirror (see README)", "terraform", "version");
    }

    public static void requireEmulator() {
        require("moto_server", "install the local AWS emulator: pip install 'moto[server]==5.2.1'", "sh", "-c", "command -v moto_server");
    }

    /** Runs a command in the repository root; output (stdout+stderr) is kept in a log under target/. */
    public static Result run(List<String> command, Map<String, String> environment, Path directory, long timeoutMinutes) {
        try {
            Files.createDirectories(Repo.root().resolve("target"));
            Path log = Files.createTempFile(Repo.root().resolve("target"), "tool-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                // terraform and its provider plugins are grandchildren of the shell: stop them too.
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(command + " timed out after " + timeoutMinutes + " min; log: " + log);
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static Result script(String script, Map<String, String> environment, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("bash", Repo.root().resolve("scripts").resolve(script).toString()));
        command.addAll(List.of(args));
        return run(command, environment, Repo.root(), 20);
    }

    /**
     * Runs {@code terraform <commands>} in {@code directory} with the repository's provider mirror settings
     * (scripts/tf-env.sh), as `make plan` does. {@code commands} may chain further terraform calls with {@code &&}.
     */
    public static Result terraform(Path directory, Map<String, String> environment, long timeoutMinutes, String commands) {
        return run(List.of("bash", "-c", "source \"$1\" && cd \"$2\" && terraform " + commands, "terraform",
                Repo.root().resolve("scripts/tf-env.sh").toString(), directory.toString()), environment, Repo.root(), timeoutMinutes);
    }

    /**
     * A free TCP port on loopback for a test's own emulator, never one handed out before in this JVM: the e2e suites
     * run side by side, and a port is free again between this call and the moment the suite's emulator binds it.
     */
    public static int freePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (ServerSocket socket = new ServerSocket(0)) {
                if (HANDED_OUT_PORTS.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no free port that this JVM has not handed out yet, after 100 attempts");
    }
}
