package io.glueplatform.terraform;

import io.glueplatform.testing.Repo;
import io.glueplatform.testing.Tools;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * scripts/provider-lock.sh, which cdktf.json runs after each synth: every stack folder gets a lock file
 * from the local mirror (so the cdktf CLI's registry-bound `terraform providers lock` is skipped), and a
 * mirror without the provider's platforms fails with one clear line.
 */
@Tag("terraform")
class ProviderLockTest {

    private static final String STACK = """
            {"terraform": {"required_providers": {"aws": {"source": "aws", "version": "~> 5.100"}}}}""";

    @TempDir
    Path outdir;

    private Tools.Result lock(Map<String, String> environment) throws IOException {
        for (String stack : List.of("dev", "prod")) {
            Files.writeString(Files.createDirectories(outdir.resolve("stacks").resolve(stack)).resolve("cdk.tf.json"), STACK);
        }
        return Tools.run(List.of("bash", "scripts/provider-lock.sh", outdir.toString()), environment, Repo.root(), 5);
    }

    @Test
    void everyStackFolderGetsALockFileFromTheMirror() throws IOException {
        Tools.requireTerraform();
        Tools.Result result = lock(Map.of());
        assertThat(result.exitCode()).as(result.output()).isZero();
        for (String stack : List.of("dev", "prod")) {
            assertThat(outdir.resolve("stacks").resolve(stack).resolve(".terraform.lock.hcl")).content()
                    .contains("provider \"registry.terraform.io/hashicorp/aws\"").contains("constraints = \"~> 5.100\"").contains("h1:");
        }
    }

    @Test
    void aMirrorWithoutPlatformsFailsWithOneClearLine(@TempDir Path mirror) throws IOException {
        Files.createDirectories(mirror.resolve("registry.terraform.io/hashicorp/aws"));
        Tools.Result result = lock(Map.of("TF_PROVIDER_MIRROR", mirror.toString()));
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("provider-lock: no hashicorp/aws platform found in " + mirror);
        assertThat(outdir.resolve("stacks/dev/.terraform.lock.hcl")).doesNotExist();
    }
}
