package io.glueplatform.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.stack.DeploymentTarget;
import io.glueplatform.stack.PlatformStack;
import io.glueplatform.testing.Repo;
import io.glueplatform.testing.Tools;
import io.glueplatform.testing.SynthFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #3 §4, end to end: apply the legacy HCL (legacy/, dev values) to a local moto emulator, then plan
 * the synthesized dev stack (EMULATOR target, migration.fromLegacyHcl = true) against that same state.
 * The plan must add nothing, destroy nothing, show every legacy resource as moved, and update in place
 * only what docs/migration.md lists and justifies ({@link #JUSTIFIED_UPDATES}).
 *
 * <p>Needs moto_server and terraform (with the provider mirror of scripts/tf-env.sh); a missing tool is a
 * failure, never a skip. Takes 4-5 minutes, most of it moto's RDS polling.
 */
@Tag("e2e")
class LegacyMigrationE2ETest {

    /**
     * In-place updates the migration plan may show; each is justified in docs/migration.md
     * ("In-place updates"). The Glue scripts: the legacy upload's local path is ../glue-scripts/<file>,
     * ours is the synthesized asset path; the content hash (source_hash) is identical.
     */
    static final Set<String> JUSTIFIED_UPDATES = Set.of(
            "aws_s3_object.glue_script_customer_data_cleansing",
            "aws_s3_object.glue_script_feature_engineering",
            // --extra-py-files (the glue_common bundle) joined every job's default_arguments with the job folders.
            "aws_glue_job.glue_customer_data_cleansing",
            "aws_glue_job.glue_feature_engineering");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path WORK = Repo.root().resolve("target/legacy-migration-e2e");
    private static final Path LEGACY_STATE = WORK.resolve("legacy.tfstate");
    private static final Path OUTDIR = WORK.resolve("cdktf.out");
    private static final Path STACK_DIR = OUTDIR.resolve("stacks/dev");
    private static int port;
    private static String endpoint;
    private static boolean started;

    @BeforeAll
    static void startEmulator() throws IOException {
        port = Tools.freePort();
        endpoint = "http://127.0.0.1:" + port;
        Tools.requireEmulator();
        Tools.requireTerraform();
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        Tools.Result start = Tools.script("emulator.sh", emulator(), "start");
        assertThat(start.exitCode()).as("scripts/emulator.sh start:%n%s", start.output()).isZero();
        started = true;
    }

    @AfterAll
    static void stopEmulator() {
        if (started) {
            Tools.script("emulator.sh", emulator(), "reset");
            Tools.script("emulator.sh", emulator(), "stop");
        }
    }

    @Test
    void legacyStatePlansWithNothingAddedNothingDestroyedAndEveryResourceMoved() throws IOException {
        Instant begin = Instant.now();
        // 1. The team's existing deployment: legacy HCL applied to the emulator.
        Tools.Result apply = terraform(Repo.root().resolve("legacy"), 15,
                "init -input=false -no-color && terraform apply -auto-approve -input=false -no-color -var-file=dev.tfvars"
                        + " -var emulator_endpoint=" + endpoint + " -state=" + LEGACY_STATE);
        assertThat(apply.exitCode()).as("legacy apply:%n%s", tail(apply.output())).isZero();
        Duration applied = Duration.between(begin, Instant.now());
        Set<String> legacyResources = stateAddresses(LEGACY_STATE);
        assertThat(legacyResources).as("legacy state").hasSizeGreaterThan(100);

        // 2. Our dev stack with migration.fromLegacyHcl, its local state being that same state file.
        // The legacy HCL is the seeds' Foundation (vpc, iam, rds, ec2, glue_pipeline); seed 004's wider platform is
        // switched off so the plan compares like with like.
        EnvironmentConfig dev = SynthFixture.config("dev", ConfigFixtures.put("/migration/fromLegacyHcl", true)
                .andThen(ConfigFixtures.put("/services", java.util.Map.of("containers", false, "dataPipeline", false,
                        "kubernetesHost", false, "monitoringHost", false))));
        App app = new App(AppConfig.builder().outdir(OUTDIR.toString()).build());
        new PlatformStack(app, dev, DeploymentTarget.EMULATOR, Repo.scripts());
        app.synth();
        pointProviderAtEmulator(STACK_DIR.resolve("cdk.tf.json"));
        // The local backend path is ../../../terraform-state/emulator/dev.tfstate from cdktf.out/stacks/dev.
        Path ourState = WORK.resolve("terraform-state/emulator/dev.tfstate");
        Files.createDirectories(ourState.getParent());
        Files.copy(LEGACY_STATE, ourState, StandardCopyOption.REPLACE_EXISTING);

        // 3. The migration plan.
        Instant planBegin = Instant.now();
        Tools.Result plan = terraform(STACK_DIR, 10,
                "init -input=false -no-color && terraform plan -input=false -no-color -out=migration.tfplan"
                        + " && terraform show -json migration.tfplan > migration-plan.json");
        assertThat(plan.exitCode()).as("migration plan:%n%s", tail(plan.output())).isZero();
        Duration planned = Duration.between(planBegin, Instant.now());
        JsonNode changes = MAPPER.readTree(STACK_DIR.resolve("migration-plan.json").toFile()).path("resource_changes");

        Map<String, String> created = new TreeMap<>();
        Set<String> deleted = new TreeSet<>();
        Set<String> updated = new TreeSet<>();
        Set<String> movedFrom = new TreeSet<>();
        for (JsonNode change : changes) {
            String address = change.path("address").asText();
            List<String> actions = new ArrayList<>();
            change.path("change").path("actions").forEach(action -> actions.add(action.asText()));
            if (actions.contains("create")) {
                created.put(address, String.join(",", actions));
            }
            if (actions.contains("delete")) {
                deleted.add(address);
            }
            if (actions.contains("update")) {
                updated.add(address);
            }
            if (change.hasNonNull("previous_address")) {
                movedFrom.add(change.path("previous_address").asText());
            }
        }
        String summary = "legacy resources " + legacyResources.size() + ", plan: " + created.size() + " to add, "
                + updated.size() + " to change, " + deleted.size() + " to destroy, " + movedFrom.size() + " moved "
                + updated + "; legacy apply " + applied.toSeconds() + " s, migration plan " + planned.toSeconds() + " s";
        Files.writeString(WORK.resolve("migration-summary.txt"), summary + System.lineSeparator());
        System.out.println("LegacyMigrationE2ETest: " + summary);

        // Only what the legacy deployment never had (the driver library); nothing it had is replaced.
        assertThat(created).as("created or replaced: %s", summary).containsOnlyKeys(LegacyAddresses.NEW_IN_THIS_PROGRAM)
                .allSatisfy((address, actions) -> assertThat(actions).as(address).isEqualTo("create"));
        assertThat(deleted).as("destroyed or replaced: %s", summary).isEmpty();
        assertThat(movedFrom).as("legacy resources shown as moved").isEqualTo(legacyResources);
        assertThat(updated).as("in-place updates (each must be justified in docs/migration.md)").isEqualTo(JUSTIFIED_UPDATES);
    }

    /** Managed resource instance addresses of a state file, e.g. module.vpc.aws_subnet.private["us-east-2a"]. */
    static Set<String> stateAddresses(Path stateFile) throws IOException {
        Set<String> addresses = new TreeSet<>();
        for (JsonNode resource : MAPPER.readTree(stateFile.toFile()).path("resources")) {
            if (!"managed".equals(resource.path("mode").asText())) {
                continue;
            }
            String base = (resource.hasNonNull("module") ? resource.path("module").asText() + "." : "")
                    + resource.path("type").asText() + "." + resource.path("name").asText();
            for (JsonNode instance : resource.path("instances")) {
                JsonNode key = instance.path("index_key");
                addresses.add(base + (key.isMissingNode() || key.isNull() ? ""
                        : key.isTextual() ? "[\"" + key.asText() + "\"]" : "[" + key.asText() + "]"));
            }
        }
        return addresses;
    }

    /**
     * The EMULATOR target reads PLATFORM_EMULATOR_ENDPOINT from the environment at synth time; this JVM
     * cannot set its own environment, so the test points the synthesized provider at its own emulator.
     */
    private static void pointProviderAtEmulator(Path stackJson) throws IOException {
        ObjectNode stack = (ObjectNode) MAPPER.readTree(stackJson.toFile());
        for (JsonNode provider : stack.path("provider").path("aws")) {
            for (JsonNode endpoints : provider.path("endpoints")) {
                ObjectNode services = (ObjectNode) endpoints;
                List<String> names = new ArrayList<>();
                services.fieldNames().forEachRemaining(names::add);
                names.forEach(name -> services.put(name, endpoint));
            }
        }
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(stackJson.toFile(), stack);
    }

    /** The test's own emulator for scripts/emulator.sh and the provider blocks. */
    private static Map<String, String> emulator() {
        return Map.of("PLATFORM_EMULATOR_PORT", String.valueOf(port), "PLATFORM_EMULATOR_ENDPOINT", endpoint);
    }

    /** Terraform's working data of each configuration stays out of the source tree (legacy/ is in it). */
    private static Tools.Result terraform(Path dir, long timeoutMinutes, String commands) {
        Map<String, String> environment = new java.util.HashMap<>(emulator());
        environment.put("TF_DATA_DIR", WORK.resolve("tf-data-" + dir.getFileName()).toString());
        return Tools.terraform(dir, environment, timeoutMinutes, commands);
    }

    private static String tail(String output) {
        return output.length() <= 8000 ? output : "..." + output.substring(output.length() - 8000);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
