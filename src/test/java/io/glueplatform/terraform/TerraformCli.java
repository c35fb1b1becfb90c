package io.glueplatform.terraform;

import io.glueplatform.testing.Repo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the repository's own Terraform scripts (the ones `make plan` uses) from tests. A missing
 * terraform binary is a failure, never a skip: CI must not go green without the Terraform checks.
 */
final class TerraformCli {

    record Result(int exitCode, String output) {
    }

    private TerraformCli() {
    }

    static void requireTerraform() {
        try {
            Process process = new ProcessBuilder("terraform", "version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (process.waitFor() != 0) {
                throw new AssertionError("`terraform version` failed: the Terraform-level tests need a working Terraform CLI");
            }
        } catch (IOException e) {
            throw new AssertionError("terraform is not on PATH: the Terraform-level tests need Terraform >= 1.6 ("
                    + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static Result script(String script, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", Repo.root().resolve("scripts").resolve(script).toString()));
        command.addAll(List.of(args));
        try {
            Path log = Files.createTempFile(Repo.root().resolve("target"), "tf-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(Repo.root().toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(command + " timed out; log: " + log);
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
