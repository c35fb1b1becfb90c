package io.glueplatform.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What lets the e2e suites run side by side: private ports, and a Terraform CLI config no other suite can change. */
class ToolsTest {

    @Test
    void freePortNeverHandsOutAPortTwice() {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertThat(ports.add(Tools.freePort())).as("port handed out twice").isTrue();
        }
    }

    @Test
    void eachProviderMirrorGetsItsOwnCliConfig(@TempDir Path temp) throws IOException {
        Path first = Files.createDirectories(temp.resolve("first/registry.terraform.io/hashicorp/aws")).getParent().getParent().getParent();
        Path second = Files.createDirectories(temp.resolve("second/registry.terraform.io/hashicorp/aws")).getParent().getParent().getParent();

        Path firstConfig = cliConfig(first);
        Path secondConfig = cliConfig(second);

        assertThat(firstConfig).isNotEqualTo(secondConfig);
        assertThat(firstConfig).content().contains("path    = \"" + first + "\"");
        assertThat(secondConfig).content().contains("path    = \"" + second + "\"");
        assertThat(cliConfig(first)).as("the same mirror, the same file").isEqualTo(firstConfig);
        try (var leftovers = Files.list(firstConfig.getParent())) {
            assertThat(leftovers.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(firstConfig.getFileName() + ".")))
                    .as("temporary files left next to the config").isEmpty();
        }
    }

    private static Path cliConfig(Path mirror) {
        Tools.Result result = Tools.run(List.of("bash", "-c", "source scripts/tf-env.sh && printf '%s' \"$TF_CLI_CONFIG_FILE\""),
                Map.of("TF_PROVIDER_MIRROR", mirror.toString()), Repo.root(), 1);
        assertThat(result.exitCode()).as(result.output()).isZero();
        return Path.of(result.output().trim());
    }
}
