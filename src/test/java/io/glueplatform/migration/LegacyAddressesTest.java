package io.glueplatform.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.hashicorp.cdktf.Testing;
import io.glueplatform.config.ConfigException;
import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.stack.DeploymentTarget;
import io.glueplatform.stack.PlatformStack;
import io.glueplatform.testing.Repo;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** moved/import blocks on the synthesized JSON, and the migration map against legacy/. */
class LegacyAddressesTest {

    private static final Pattern LEGACY = Pattern.compile("module\\.([a-z0-9_]+)\\.([a-z0-9_]+)\\.([a-z0-9_]+)(\\[\"[^\"]+\"])?");

    private static Template migrating(String environment) {
        return SynthFixture.variant(environment, ConfigFixtures.put("/migration/fromLegacyHcl", true));
    }

    /** The seeds' Foundation only: the wider platform (seed 004) has no legacy HCL to move from. */
    private static Template foundationOnly(String environment) {
        return SynthFixture.variant(environment, ConfigFixtures.put("/migration/fromLegacyHcl", true)
                .andThen(ConfigFixtures.put("/services", Map.of("containers", false, "dataPipeline", false,
                        "kubernetesHost", false, "monitoringHost", false))));
    }

    private static Set<String> addresses(Template template) {
        Set<String> addresses = new TreeSet<>();
        template.json().path("resource").fields().forEachRemaining(type ->
                type.getValue().fieldNames().forEachRemaining(name -> addresses.add(type.getKey() + "." + name)));
        return addresses;
    }

    private static Map<String, String> moved(Template template) {
        Map<String, String> moves = new HashMap<>();
        for (JsonNode block : template.json().path("moved")) {
            String from = block.path("from").asText();
            assertThat(moves.put(from, block.path("to").asText())).as("second moved block from %s", from).isNull();
        }
        return moves;
    }

    private static boolean foundation(String address) {
        String name = address.substring(address.indexOf('.') + 1);
        return LegacyAddresses.FOUNDATION_PREFIXES.stream().anyMatch(name::startsWith);
    }

    @Test
    void noMovedOrImportBlocksUnlessTheEnvironmentAsks() {
        for (String env : List.of("dev", "prod")) {
            Template shipped = SynthFixture.synth(env);
            assertThat(shipped.json().has("moved")).as(env).isFalse();
            assertThat(shipped.json().has("import")).as(env).isFalse();
        }
    }

    @Test
    void everyFoundationResourceHasExactlyOneLegacyAddressAndEveryTargetExists() {
        for (String env : List.of("dev", "prod")) {
            Template full = migrating(env);
            assertThat(addresses(full)).as("%s with the wider platform: every moved target exists", env).containsAll(moved(full).values());
            Template template = foundationOnly(env);
            Set<String> resources = addresses(template);
            Map<String, String> moves = moved(template);
            assertThat(resources).as(env).containsAll(moves.values());
            assertThat(resources).as("%s: resources new in this program exist", env).containsAll(LegacyAddresses.NEW_IN_THIS_PROGRAM);
            List<String> foundation = resources.stream().filter(LegacyAddressesTest::foundation)
                    .filter(address -> !LegacyAddresses.NEW_IN_THIS_PROGRAM.contains(address)).toList();
            assertThat(foundation).as(env).hasSizeGreaterThan(100);
            for (String address : foundation) {
                assertThat(moves.values().stream().filter(address::equals).count())
                        .as("%s: moved blocks into %s", env, address).isEqualTo(1);
            }
            assertThat(moves.keySet()).as(env).allMatch(from -> LEGACY.matcher(from).matches());
        }
    }

    @Test
    void perZoneResourcesMapFromForEachKeysToZoneSuffixes() {
        Map<String, String> prod = moved(migrating("prod"));
        assertThat(prod)
                .containsEntry("module.vpc.aws_vpc.main", "aws_vpc.vpc_this")
                .containsEntry("module.vpc.aws_subnet.private[\"us-east-2c\"]", "aws_subnet.vpc_private_c")
                .containsEntry("module.vpc.aws_nat_gateway.main[\"us-east-2b\"]", "aws_nat_gateway.vpc_nat_b")
                .containsEntry("module.vpc.aws_vpc_endpoint.interface[\"logs\"]", "aws_vpc_endpoint.vpc_logs")
                .containsEntry("module.glue_pipeline.aws_glue_connection.network[\"us-east-2c\"]", "aws_glue_connection.glue_network_c")
                .containsEntry("module.glue_pipeline.aws_glue_job.jobs[\"customer-data-cleansing\"]", "aws_glue_job.glue_customer_data_cleansing")
                .containsEntry("module.rds.aws_db_instance.mysql", "aws_db_instance.rds_this")
                .containsEntry("module.ec2.aws_instance.tools", "aws_instance.ec2_tools_host");
        Map<String, String> dev = moved(migrating("dev"));
        assertThat(dev).containsEntry("module.vpc.aws_eip.nat[\"us-east-2a\"]", "aws_eip.vpc_nat_a")
                .doesNotContainKey("module.vpc.aws_eip.nat[\"us-east-2b\"]");
    }

    @Test
    void switchedOffPartsGetNoMovedBlock() {
        Template template = SynthFixture.variant("dev", ConfigFixtures.put("/migration/fromLegacyHcl", true)
                .andThen(ConfigFixtures.put("/toolsHost/enabled", false))
                .andThen(ConfigFixtures.put("/network/flowLogs", false)));
        Map<String, String> moves = moved(template);
        assertThat(addresses(template)).containsAll(moves.values());
        assertThat(moves).doesNotContainKey("module.ec2.aws_instance.tools").doesNotContainKey("module.vpc.aws_flow_log.main");
    }

    @Test
    void everyLegacyAddressIsDeclaredInTheLegacyConfiguration() throws IOException {
        EnvironmentConfig prod = SynthFixture.environment("prod");
        Map<String, String> map = LegacyAddresses.forEnvironment(prod, List.of("customer_data_cleansing", "feature_engineering"));
        List<String> missing = new ArrayList<>();
        for (String from : map.keySet()) {
            Matcher m = LEGACY.matcher(from);
            assertThat(m.matches()).as(from).isTrue();
            Path module = Repo.root().resolve("legacy/modules").resolve(m.group(1));
            String hcl;
            try (Stream<Path> files = Files.list(module)) {
                hcl = String.join("\n", files.filter(f -> f.toString().endsWith(".tf")).map(LegacyAddressesTest::read).toList());
            }
            Pattern declaration = Pattern.compile("resource\\s+\"" + m.group(2) + "\"\\s+\"" + m.group(3) + "\"\\s*\\{([^}]*?for_each)?");
            Matcher found = declaration.matcher(hcl);
            if (!found.find()) {
                missing.add(from + " (not declared)");
            } else if ((m.group(4) != null) != hcl.substring(found.start()).split("\nresource ")[0].contains("for_each")) {
                missing.add(from + " (key does not match for_each)");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void importsAreSynthesizedAsImportBlocks() {
        Template template = SynthFixture.variant("dev", ConfigFixtures.put("/migration/imports", List.of(
                Map.of("to", "aws_s3_bucket.s3_outputs_this", "id", "glueplat-dev-outputs-123456789012-us-east-2"),
                Map.of("to", "aws_glue_catalog_database.glue_catalog", "id", "123456789012:dev_data_lake_catalog"))));
        JsonNode imports = template.json().path("import");
        assertThat(imports.size()).isEqualTo(2);
        Map<String, String> byTarget = new HashMap<>();
        imports.forEach(block -> byTarget.put(block.path("to").asText(), block.path("id").asText()));
        assertThat(byTarget)
                .containsEntry("aws_s3_bucket.s3_outputs_this", "glueplat-dev-outputs-123456789012-us-east-2")
                .containsEntry("aws_glue_catalog_database.glue_catalog", "123456789012:dev_data_lake_catalog");
        assertThat(template.json().has("moved")).isFalse();
    }

    @Test
    void anImportOfAnAddressTheStackDoesNotHaveIsRefusedNamingEnvironmentFieldAndAllowedAddresses() {
        EnvironmentConfig config = SynthFixture.config("dev", ConfigFixtures.put("/migration/imports", List.of(
                Map.of("to", "aws_s3_bucket.s3_lake_this", "id", "glueplat-dev-lake-123456789012-us-east-2"),
                Map.of("to", "aws_s3_bucket.s3_archive_this", "id", "some-bucket"))));
        assertThatThrownBy(() -> new PlatformStack(Testing.app(), config, DeploymentTarget.OFFLINE, Repo.scripts()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("environment 'dev': migration.imports[1].to: 'aws_s3_bucket.s3_archive_this' is not a resource of this stack; allowed: ")
                .hasMessageContaining("aws_s3_bucket.s3_lake_this, ")
                .hasMessageNotContaining("imports[0]");
    }

    @Test
    void importShapeIsValidatedWithTheConfiguration() {
        assertThat(ConfigFixtures.problemsAfter(ConfigFixtures.put("/migration/imports", List.of(
                Map.of("to", "aws_s3_bucket.s3_lake_this", "id", " "),
                Map.of("to", "s3_lake_this", "id", "x"),
                Map.of("to", "aws_s3_bucket.s3_lake_this", "id", "y")))))
                .containsExactly(
                        "environment 'dev': migration.imports[0].id: is missing but required; allowed: the provider's import id of the existing resource (e.g. the bucket name for aws_s3_bucket)",
                        "environment 'dev': migration.imports[1].to: 's3_lake_this' is not a resource address; allowed: <type>.<name> of this stack such as aws_s3_bucket.s3_lake_this",
                        "environment 'dev': migration.imports[2].to: 'aws_s3_bucket.s3_lake_this' is imported twice; allowed: one import per address");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
