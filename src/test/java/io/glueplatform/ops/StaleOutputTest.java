package io.glueplatform.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.testing.Repo;
import io.glueplatform.testing.Tools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.glueplatform.config.ConfigFixtures.put;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A synth replaces exactly the stacks it produces, a failed synth leaves the previous output as it was, and
 * plan/deploy/drift refuse a stack folder the last synth's manifest does not list or that is older than its
 * environment file (exit 5, saying to synth). One real synth of dev; the refusals need no Terraform run.
 */
@Tag("terraform")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaleOutputTest {

    private static final Path WORK = Repo.root().resolve("target/ops-stale");
    private static final Path OUTDIR = WORK.resolve("cdktf.out");
    private static final Path CONFIG = WORK.resolve("environments");
    private static final Map<String, String> ENVIRONMENT = Map.of("CDKTF_OUTDIR", OUTDIR.toString(),
            "PLATFORM_CONFIG_DIR", CONFIG.toString(), "PLATFORM_LOG_DIR", WORK.resolve("logs").toString());
    private static Tools.Result synth;

    @BeforeAll
    static void synthesizeDevOverOldOutput() throws IOException {
        Tools.requireTerraform();
        FailurePathsTest.deleteRecursively(WORK);
        Files.createDirectories(CONFIG);
        Files.writeString(CONFIG.resolve("dev.json"), ConfigFixtures.shipped("dev").toString());
        // Output of an earlier synth: a stack that no longer exists and dev's initialized providers.
        Files.createDirectories(OUTDIR.resolve("stacks/retired"));
        Files.writeString(OUTDIR.resolve("stacks/retired/cdk.tf.json"), "{}");
        Files.createDirectories(OUTDIR.resolve("stacks/dev/.terraform"));
        Files.writeString(OUTDIR.resolve("stacks/dev/.terraform/kept.txt"), "providers");
        Files.writeString(OUTDIR.resolve("stacks/dev/cdk.tf.json"), "{\"old\": true}");
        Files.writeString(OUTDIR.resolve("manifest.json"), "{\"stacks\": {\"retired\": {}, \"dev\": {}}}");
        Tools.run(List.of("make", "--no-print-directory", "build"), Map.of(), Repo.root(), 10);
        synth = Tools.script("synth.sh", ENVIRONMENT, "dev");
    }

    @Test
    @Order(1)
    void synthReplacesExactlyTheStacksItProduces() throws IOException {
        assertThat(synth.exitCode()).as(synth.output()).isZero();
        try (Stream<Path> stacks = Files.list(OUTDIR.resolve("stacks"))) {
            assertThat(stacks.map(p -> p.getFileName().toString()).toList()).containsExactly("dev");
        }
        var manifest = new ObjectMapper().readTree(OUTDIR.resolve("manifest.json").toFile());
        assertThat(manifest.path("stacks").fieldNames()).toIterable().containsExactly("dev");
        assertThat(Files.readString(OUTDIR.resolve("stacks/dev/cdk.tf.json"))).contains("\"aws_vpc\"");
        assertThat(OUTDIR.resolve("stacks/dev/.terraform/kept.txt")).as("initialized providers are kept").exists();
        try (Stream<Path> siblings = Files.list(WORK)) {
            assertThat(siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("cdktf.out.")).toList())
                    .as("no temporary synth folder left").isEmpty();
        }
    }

    @Test
    @Order(2)
    void aStackFolderTheManifestDoesNotListIsRefused() throws IOException {
        Files.createDirectories(OUTDIR.resolve("stacks/ghost"));
        Files.writeString(OUTDIR.resolve("stacks/ghost/cdk.tf.json"), "{}");
        for (String script : List.of("plan.sh", "drift.sh")) {
            Tools.Result result = Tools.script(script, Map.of("CDKTF_OUTDIR", OUTDIR.toString(), "TARGET", "aws",
                    "PLATFORM_CONFIG_DIR", CONFIG.toString()), "ghost");
            assertThat(result.exitCode()).as("%s ghost:%n%s", script, result.output()).isEqualTo(5);
            assertThat(result.output()).contains("stack 'ghost' is not listed in the last synth's manifest")
                    .contains("synthesize it again first (make synth ENV=ghost");
        }
        FailurePathsTest.deleteRecursively(OUTDIR.resolve("stacks/ghost"));
    }

    @Test
    @Order(3)
    void aFailedSynthLeavesTheOutputAndPlanRefusesItAsOlderThanTheEnvironment() throws IOException {
        Path stack = OUTDIR.resolve("stacks/dev/cdk.tf.json");
        String before = Files.readString(stack);
        Files.writeString(CONFIG.resolve("dev.json"), ConfigFixtures.devJsonWith(put("/network/vpcCidr", "10.0.0.0/33")));
        Files.setLastModifiedTime(CONFIG.resolve("dev.json"), FileTime.from(Instant.now().plusSeconds(5)));

        Tools.Result failed = Tools.script("synth.sh", ENVIRONMENT, "dev");
        assertThat(failed.exitCode()).as(failed.output()).isEqualTo(2);
        assertThat(failed.output()).contains("was left as it was");
        assertThat(Files.readString(stack)).as("previous output untouched").isEqualTo(before);

        Tools.Result plan = Tools.script("plan.sh", ENVIRONMENT, "dev");
        assertThat(plan.exitCode()).as(plan.output()).isEqualTo(5);
        assertThat(plan.output()).contains("plan: " + stack + " is older than " + CONFIG.resolve("dev.json"))
                .contains("synthesize it again first")
                .doesNotContain("full Terraform log");
    }
}
