package io.glueplatform.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.testing.Repo;
import io.glueplatform.testing.Tools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #11, end to end: three differently shaped legacy deployments, each applied to its own private moto
 * emulator and adopted with {@code scripts/adopt.sh} (what {@code make adopt} runs) — match by identity, write
 * the migration file, synthesize with it, plan, check the plan. Each must adopt with 0 destroy, 0 replace and
 * no create of anything the legacy state has.
 * <ul>
 *   <li>{@code legacy/}: modules and {@code for_each} (the seeds' layout); FROM = a state file, MODE moved;</li>
 *   <li>{@code adoption/flat}: one flat root module, {@code count}, other names and Name tags everywhere, one
 *       bucket the platform does not manage; FROM = the initialised root module folder, MODE moved;</li>
 *   <li>{@code adoption/community}: terraform-aws-modules layout ({@code module.vpc.aws_subnet.private[0]},
 *       {@code module.db.module.db_instance.aws_db_instance.this[0]}); FROM = {@code terraform show -json}
 *       output, MODE import.</li>
 * </ul>
 * The three run in parallel (one emulator each): the suite is dominated by moto's RDS create wait (≈ 160 s),
 * which they then share. Needs moto_server and terraform; a missing tool is a failure, never a skip.
 */
@Tag("e2e")
class AdoptionE2ETest {

    /** In-place updates the legacy/ adoption may show; justified in docs/migration.md ("In-place updates"). */
    static final Set<String> LEGACY_JUSTIFIED_UPDATES = Set.of(
            "aws_s3_object.glue_script_customer_data_cleansing",
            "aws_s3_object.glue_script_feature_engineering",
            // Jobs as folders (glue-scripts/<job>/): both jobs gain --extra-py-files for the glue_common library.
            "aws_glue_job.glue_customer_data_cleansing",
            "aws_glue_job.glue_feature_engineering");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path WORK = Repo.root().resolve("target/adoption-e2e");

    private record Fixture(String name, Path source, String mode, String fromKind) {
    }

    private record Outcome(Fixture fixture, int legacyResources, Tools.Result adopt, JsonNode file, JsonNode report,
                           Duration applied, Duration adopted) {
        String summary() {
            return fixture.name() + ": legacy resources " + legacyResources + ", matched " + file.path("matched").size()
                    + ", unmatched legacy " + file.path("legacyOnly").size() + ", unmatched stack " + file.path("stackOnly").size()
                    + ", plan: moved " + report.path("moved").asInt() + ", imported " + report.path("imported").asInt()
                    + ", forgotten " + report.path("forgotten").asInt() + ", created " + report.path("created").asInt()
                    + ", updated in place " + report.path("updated").size() + ", offenders " + report.path("offenders").size()
                    + "; apply " + applied.toSeconds() + " s, adopt " + adopted.toSeconds() + " s";
        }
    }

    @BeforeAll
    static void tools() throws IOException {
        Tools.requireEmulator();
        Tools.requireTerraform();
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        // adopt.sh runs `make build`; build once here so the three parallel runs find it up to date.
        Tools.Result build = Tools.run(List.of("make", "-s", "build"), Map.of(), Repo.root(), 10);
        assertThat(build.exitCode()).as("make build:%n%s", build.output()).isZero();
    }

    @Test
    void threeDifferentlyShapedDeploymentsAdoptWithNothingDestroyedReplacedOrCreatedTwice() throws Exception {
        Instant begin = Instant.now();
        List<Fixture> fixtures = List.of(
                new Fixture("legacy", Repo.root().resolve("legacy"), MigrationFile.MOVED, "state file"),
                new Fixture("flat", Repo.root().resolve("src/test/resources/adoption/flat"), MigrationFile.MOVED, "root module folder"),
                new Fixture("community", Repo.root().resolve("src/test/resources/adoption/community"), MigrationFile.IMPORT, "show -json"));
        ExecutorService pool = Executors.newFixedThreadPool(fixtures.size());
        List<Future<Outcome>> futures = new ArrayList<>();
        for (Fixture fixture : fixtures) {
            futures.add(pool.submit(() -> adopt(fixture)));
        }
        pool.shutdown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> future : futures) {
            outcomes.add(future.get());
        }
        StringBuilder summary = new StringBuilder();
        outcomes.forEach(o -> summary.append(o.summary()).append(System.lineSeparator()));
        summary.append("suite ").append(Duration.between(begin, Instant.now()).toSeconds()).append(" s").append(System.lineSeparator());
        Files.writeString(WORK.resolve("summary.txt"), summary);
        System.out.print("AdoptionE2ETest:" + System.lineSeparator() + summary);

        for (Outcome outcome : outcomes) {
            String name = outcome.fixture().name();
            assertThat(outcome.adopt().exitCode()).as("%s: adopt.sh:%n%s", name, tail(outcome.adopt().output())).isZero();
            assertThat(outcome.report().path("offenders")).as("%s: destroyed, replaced or created twice", name).isEmpty();
            assertThat(outcome.file().path("ambiguous")).as(name).isEmpty();
            int matched = outcome.file().path("matched").size();
            int adoptedInPlan = outcome.report().path(MigrationFile.MOVED.equals(outcome.fixture().mode()) ? "moved" : "imported").asInt();
            assertThat(adoptedInPlan).as("%s: every match is moved/imported in the plan", name).isEqualTo(matched);
            assertThat(matched + outcome.file().path("legacyOnly").size()).as("%s: every legacy resource decided", name)
                    .isEqualTo(outcome.legacyResources());
        }
        Outcome legacy = outcomes.get(0);
        assertThat(legacy.file().path("matched").size()).as("legacy/: every resource matched").isEqualTo(legacy.legacyResources());
        assertThat(updatedAddresses(legacy)).as("legacy/: in-place updates (each justified in docs/migration.md)").isEqualTo(LEGACY_JUSTIFIED_UPDATES);
        Outcome flat = outcomes.get(1);
        assertThat(flat.file().path("legacyOnly")).singleElement().satisfies(entry -> {
            assertThat(entry.path("address").asText()).isEqualTo("aws_s3_bucket.archive");
            assertThat(entry.path("decision").asText()).isEqualTo(MigrationFile.REMOVED);
        });
        assertThat(flat.report().path("forgotten").asInt()).as("flat: the archive bucket leaves the state, not AWS").isEqualTo(1);
        Outcome community = outcomes.get(2);
        assertThat(community.file().path("legacyOnly")).as("community: every resource matched").isEmpty();
        assertThat(community.file().path("matched").findValuesAsText("from"))
                .contains("module.db.module.db_instance.aws_db_instance.this[0]", "module.vpc.aws_subnet.private[0]");
    }

    private static Set<String> updatedAddresses(Outcome outcome) {
        Set<String> addresses = new TreeSet<>();
        outcome.report().path("updated").forEach(update -> addresses.add(update.path("address").asText()));
        return addresses;
    }

    /** One fixture on its own emulator: apply the legacy configuration, adopt, always stop the emulator. */
    private static Outcome adopt(Fixture fixture) throws IOException {
        Path dir = Files.createDirectories(WORK.resolve(fixture.name()));
        int port = Tools.freePort();
        String endpoint = "http://127.0.0.1:" + port;
        Map<String, String> emulator = Map.of("PLATFORM_EMULATOR_PORT", String.valueOf(port), "PLATFORM_EMULATOR_ENDPOINT", endpoint);
        Tools.Result start = Tools.script("emulator.sh", emulator, "start");
        assertThat(start.exitCode()).as("%s: emulator.sh start:%n%s", fixture.name(), start.output()).isZero();
        try {
            Instant begin = Instant.now();
            Path from = apply(fixture, dir, endpoint);
            Duration applied = Duration.between(begin, Instant.now());
            int legacyResources = countLegacyResources(fixture, dir);

            Path environments = Files.createDirectories(dir.resolve("environments"));
            ObjectNode dev = ConfigFixtures.shipped("dev");
            // The legacy deployments are the seeds' Foundation; seed 004's wider platform is switched off.
            ConfigFixtures.put("/services", Map.of("containers", false, "dataPipeline", false, "kubernetesHost", false,
                    "monitoringHost", false)).accept(dev);
            Files.writeString(environments.resolve("dev.json"), dev.toPrettyString());

            Map<String, String> environment = new HashMap<>(emulator);
            environment.put("TARGET", "emulator");
            environment.put("MODE", fixture.mode());
            environment.put("PLATFORM_CONFIG_DIR", environments.toString());
            environment.put("ADOPT_WORKDIR", dir.resolve("adopt").toString());
            environment.put("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20");
            Instant adoptBegin = Instant.now();
            Tools.Result adopt = Tools.script("adopt.sh", environment, "dev", from.toString());
            Duration adopted = Duration.between(adoptBegin, Instant.now());
            Path fileJson = environments.resolve("dev.migration.json");
            Path report = dir.resolve("adopt/plan-check.json");
            assertThat(report).as("%s: adopt.sh wrote no plan report:%n%s", fixture.name(), tail(adopt.output())).exists();
            return new Outcome(fixture, legacyResources, adopt, MAPPER.readTree(fileJson.toFile()), MAPPER.readTree(report.toFile()),
                    applied, adopted);
        } finally {
            Tools.script("emulator.sh", emulator, "reset");
            Tools.script("emulator.sh", emulator, "stop");
        }
    }

    /** Applies the fixture and returns what FROM is for it (state file, root folder, or show -json output). */
    private static Path apply(Fixture fixture, Path dir, String endpoint) throws IOException {
        Map<String, String> environment = Map.of("TF_DATA_DIR", dir.resolve("tf-data").toString());
        if (fixture.name().equals("legacy")) {
            // legacy/ reads ../glue-scripts, so it is applied in place with its data and state kept under target/.
            Path state = dir.resolve("legacy.tfstate");
            terraformOk(fixture, fixture.source(), environment, "init -input=false -no-color && terraform apply -auto-approve -input=false"
                    + " -no-color -var-file=dev.tfvars -var emulator_endpoint=" + endpoint + " -state=" + state);
            return state;
        }
        Path root = dir.resolve("root");
        copyRecursively(fixture.source(), root);
        // The folder is a complete, initialised root module with its own local state (what a team's checkout is).
        terraformOk(fixture, root, Map.of(), "init -input=false -no-color && terraform apply -auto-approve -input=false -no-color"
                + " -var emulator_endpoint=" + endpoint);
        if (fixture.fromKind().equals("show -json")) {
            terraformOk(fixture, root, Map.of(), "show -json -no-color > " + dir.resolve("show.json"));
            return dir.resolve("show.json");
        }
        return root;
    }

    private static int countLegacyResources(Fixture fixture, Path dir) throws IOException {
        Path state = fixture.name().equals("legacy") ? dir.resolve("legacy.tfstate") : dir.resolve("root/terraform.tfstate");
        int count = 0;
        for (JsonNode resource : MAPPER.readTree(state.toFile()).path("resources")) {
            if ("managed".equals(resource.path("mode").asText())) {
                count += resource.path("instances").size();
            }
        }
        return count;
    }

    private static void terraformOk(Fixture fixture, Path dir, Map<String, String> environment, String commands) {
        Tools.Result result = Tools.terraform(dir, environment, 15, commands);
        assertThat(result.exitCode()).as("%s: terraform %s:%n%s", fixture.name(), commands, tail(result.output())).isZero();
    }

    private static String tail(String output) {
        return output.length() <= 8000 ? output : "..." + output.substring(output.length() - 8000);
    }

    /**
     * Copies what git holds of a fixture: no Terraform working files (.terraform/, .terraform.lock.hcl and the temporary
     * file terraform renames onto it), which MigrationValidateTest's init may be writing in the same folder right now.
     */
    private static void copyRecursively(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.filter(p -> !source.relativize(p).toString().startsWith(".terraform")).toList()) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination);
                }
            }
        }
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
