package io.glueplatform.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A stack folder initialised for one backend forgets that record when the next synth changes the backend. */
class BackendSwitchTest {

    private static final String EMULATOR_STACK = """
            {"terraform": {"backend": {"local": {"path": "../../../terraform-state/emulator/dev.tfstate"}}}}""";

    @TempDir
    Path outdir;

    private Path stack(String name, String synthesized, String recordedBackend) throws IOException {
        Path dir = Files.createDirectories(outdir.resolve("stacks").resolve(name));
        Files.writeString(dir.resolve("cdk.tf.json"), synthesized);
        if (recordedBackend != null) {
            Files.createDirectories(dir.resolve(".terraform"));
            Files.writeString(dir.resolve(".terraform/terraform.tfstate"),
                    "{\"version\": 3, \"terraform_version\": \"1.11.4\", \"backend\": " + recordedBackend + "}");
        }
        return dir;
    }

    @Test
    void anotherLocalStatePathIsForgotten() throws IOException {
        Path dir = stack("dev", EMULATOR_STACK,
                "{\"type\": \"local\", \"config\": {\"path\": \"../../../terraform-state/dev.tfstate\", \"workspace_dir\": null}, \"hash\": 1}");
        assertThat(BackendSwitch.forgetChangedBackends(outdir)).containsExactly(dir);
        assertThat(dir.resolve(".terraform/terraform.tfstate")).doesNotExist();
        assertThat(dir.resolve("cdk.tf.json")).exists();
    }

    @Test
    void anotherBackendTypeIsForgotten() throws IOException {
        Path dir = stack("prod", EMULATOR_STACK,
                "{\"type\": \"s3\", \"config\": {\"bucket\": \"b\", \"key\": \"k\", \"region\": \"us-east-2\"}, \"hash\": 2}");
        assertThat(BackendSwitch.forgetChangedBackends(outdir)).containsExactly(dir);
    }

    @Test
    void theSameBackendIsKept() throws IOException {
        Path dir = stack("dev", EMULATOR_STACK,
                "{\"type\": \"local\", \"config\": {\"path\": \"../../../terraform-state/emulator/dev.tfstate\", \"workspace_dir\": null}, \"hash\": 1}");
        assertThat(BackendSwitch.forgetChangedBackends(outdir)).isEmpty();
        assertThat(dir.resolve(".terraform/terraform.tfstate")).exists();
    }

    @Test
    void aFolderNeverInitialisedAndAMissingOutdirAreLeftAlone() throws IOException {
        stack("dev", EMULATOR_STACK, null);
        assertThat(BackendSwitch.forgetChangedBackends(outdir)).isEmpty();
        assertThat(BackendSwitch.forgetChangedBackends(outdir.resolve("missing"))).isEmpty();
    }
}
