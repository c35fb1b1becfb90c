package io.glueplatform.e2e;

import io.glueplatform.testing.Repo;
import io.glueplatform.testing.Tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One environment deployed by `make deploy`'s script to a private emulator of its own (a free loopback
 * port, work folder under target/), and the checks every such suite makes: applied, re-plans with no
 * changes, `make destroy`'s script leaves nothing of it behind.
 */
final class EmulatorDeployment {

    final String name;
    final Path work;
    final Map<String, String> environment;
    final String endpoint;
    private Tools.Result deploy;

    private EmulatorDeployment(String name, Path work, int port) {
        this.name = name;
        this.work = work;
        this.endpoint = "http://127.0.0.1:" + port;
        this.environment = Map.of(
                "TARGET", "emulator",
                "PLATFORM_EMULATOR_PORT", String.valueOf(port),
                "PLATFORM_EMULATOR_ENDPOINT", endpoint,
                "CDKTF_OUTDIR", work.resolve("cdktf.out").toString());
    }

    /** Runs scripts/deploy.sh for {@code name} on a fresh emulator; the result is checked by {@link #assertApplied()}. */
    static EmulatorDeployment deploy(String name) {
        Tools.requireTerraform();
        Tools.requireEmulator();
        Path work = Repo.root().resolve("target/e2e-" + name);
        deleteRecursively(work);
        EmulatorDeployment deployment = new EmulatorDeployment(name, work, Tools.freePort());
        deployment.deploy = Tools.script("deploy.sh", deployment.environment, name);
        return deployment;
    }

    Path stackDir() {
        return work.resolve("cdktf.out/stacks/" + name);
    }

    Tools.Result deployResult() {
        return deploy;
    }

    void assertApplied() {
        assertThat(deploy.exitCode()).as("scripts/deploy.sh %s:%n%s", name, deploy.output()).isZero();
        assertThat(deploy.output()).containsPattern("Apply complete! Resources: \\d+ added, 0 changed, 0 destroyed");
        assertThat(work.resolve("terraform-state/emulator/" + name + ".tfstate")).as("emulator state next to the outdir").exists();
    }

    void assertSecondPlanHasNoChanges() {
        Tools.Result plan = Tools.terraform(stackDir(), environment, 10, "plan -detailed-exitcode -input=false -no-color");
        assertThat(plan.exitCode()).as("terraform plan -detailed-exitcode after deploy (0 = no changes):%n%s", plan.output()).isZero();
        assertThat(plan.output()).contains("No changes.");
    }

    /** scripts/destroy.sh, then nothing of the environment may be left in any of {@code regions}. */
    void assertDestroyLeavesNothing(String... regions) {
        Tools.Result destroy = Tools.script("destroy.sh", environment, name);
        assertThat(destroy.exitCode()).as("scripts/destroy.sh %s:%n%s", name, destroy.output()).isZero();
        // The progress renderer's summary of terraform's -json events: every planned resource destroyed.
        java.util.regex.Matcher summary = java.util.regex.Pattern.compile("destroy: (\\d+)/(\\d+) resources in").matcher(destroy.output());
        assertThat(summary.find()).as("destroy summary in:%n%s", destroy.output()).isTrue();
        assertThat(summary.group(1)).as("resources destroyed of those planned").isEqualTo(summary.group(2));
        assertThat(EmulatorResources.leftOver(endpoint, name, regions)).as("emulated resources of %s left after terraform destroy", name)
                .isEmpty();
    }

    void stop() {
        Tools.script("emulator.sh", environment, "stop");
    }

    static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot clean " + path, e);
        }
    }
}
