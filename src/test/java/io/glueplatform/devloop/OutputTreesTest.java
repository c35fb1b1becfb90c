package io.glueplatform.devloop;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison that stops the server when a warm synth differs from a cold one, and what it decides on. */
class OutputTreesTest {

    @TempDir
    Path temp;

    @Test
    void reportsMissingAndDifferingFilesAndNothingForIdenticalTrees() throws Exception {
        Path cold = write("cold", Map.of("manifest.json", "{}", "stacks/dev/cdk.tf.json", "{\"a\":1}", "stacks/dev/assets/x/f.py", "print()"));
        Path same = temp.resolve("same");
        OutputTrees.copy(cold, same);
        assertThat(OutputTrees.differences(cold, same)).isEmpty();

        Path warm = write("warm", Map.of("manifest.json", "{}", "stacks/dev/cdk.tf.json", "{\"a\":2}", "stacks/old/cdk.tf.json", "{}"));
        assertThat(OutputTrees.differences(cold, warm)).containsExactly(
                "stacks/dev/assets/x/f.py: missing",
                "stacks/dev/cdk.tf.json: differs at byte 5");
    }

    @Test
    void onlyVariablesNodeReadsDecideWhetherARequestIsServed() {
        Map<String, String> visible = SynthServer.nodeVisible(Map.of("CDKTF_CONTEXT_JSON", "{}", "CDKTF_OUTDIR", "x",
                "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20", "NODE_OPTIONS", "--max-old-space-size=4096",
                "PLATFORM_TARGET", "offline", "HOME", "/root", "CDK_DEBUG", "1"));
        assertThat(visible).containsOnlyKeys("CDKTF_CONTEXT_JSON", "NODE_OPTIONS", "CDK_DEBUG");
    }

    private Path write(String name, Map<String, String> files) throws Exception {
        Path root = temp.resolve(name);
        for (var file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        return root;
    }
}
