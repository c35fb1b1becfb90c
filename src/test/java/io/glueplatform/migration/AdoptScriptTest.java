package io.glueplatform.migration;

import io.glueplatform.testing.Tools;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * scripts/adopt.sh refuses bad input itself, before any JVM or terraform plan runs: one sentence, exit 2,
 * no migration file. (The matcher's own bad-input sentences: AdoptBadInputTest.)
 */
@Tag("terraform")
class AdoptScriptTest {

    @TempDir
    Path dir;

    private Tools.Result adopt(Map<String, String> settings, String... args) throws IOException {
        Path environments = Files.createDirectories(dir.resolve("environments"));
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("PLATFORM_CONFIG_DIR", environments.toString());
        environment.put("ADOPT_WORKDIR", dir.resolve("work").toString());
        return Tools.script("adopt.sh", environment, args);
    }

    private void assertRefused(Tools.Result result, String sentence) {
        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
        assertThat(result.output()).contains("adopt: environment 'dev': " + sentence);
        assertThat(dir.resolve("environments/dev.migration.json")).doesNotExist();
    }

    @Test
    void fromIsRequired() throws IOException {
        assertRefused(adopt(Map.of(), "dev", ""), "FROM is missing; allowed: a state file, `terraform show -json` output or an initialised root module folder");
    }

    @Test
    void fromMustExist() throws IOException {
        Path missing = dir.resolve("infra");
        assertRefused(adopt(Map.of(), "dev", missing.toString()), "FROM " + missing + " does not exist; allowed: ");
    }

    @Test
    void modeAndTargetAreChecked() throws IOException {
        Path state = Files.writeString(dir.resolve("terraform.tfstate"), "{}");
        assertRefused(adopt(Map.of("MODE", "copy"), "dev", state.toString()), "MODE=copy is not allowed; allowed: moved");
        assertRefused(adopt(Map.of("TARGET", "gcp"), "dev", state.toString()), "TARGET=gcp is not allowed; allowed: emulator (default), aws");
    }

    @Test
    void theEmulatorMustHoldTheLegacyDeployment() throws IOException {
        Path state = Files.writeString(dir.resolve("terraform.tfstate"), "{}");
        int port = Tools.freePort();
        assertRefused(adopt(Map.of("PLATFORM_EMULATOR_PORT", String.valueOf(port)), "dev", state.toString()),
                "no emulator answers at http://127.0.0.1:" + port + "; allowed: the emulator that holds the legacy deployment");
    }

    @Test
    void aRootFolderWhoseStateCannotBeReadIsRefused() throws IOException {
        Tools.requireTerraform();
        Path root = Files.createDirectories(dir.resolve("infra"));
        // A backend block without init: terraform state pull fails ("Backend initialization required").
        Files.writeString(root.resolve("main.tf"), "terraform {\n  backend \"local\" {\n    path = \"x.tfstate\"\n  }\n}\n");
        assertRefused(adopt(Map.of("TARGET", "aws"), "dev", root.toString()),
                "cannot read the state of the root module folder " + root + " (terraform state pull failed); allowed: an initialised root module folder");
    }
}
