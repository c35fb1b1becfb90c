package io.glueplatform.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.Testing;
import io.glueplatform.adoption.LegacyState;
import io.glueplatform.config.ConfigException;
import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.stack.DeploymentTarget;
import io.glueplatform.stack.PlatformIdentities;
import io.glueplatform.stack.PlatformStack;
import io.glueplatform.testing.Repo;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * make adopt on the recorded state of legacy/ (dev values, applied to moto; src/test/resources/adoption/
 * legacy-dev-state.json) and the blocks a migration file turns into: moved, import, removed.
 */
class MigrationBlocksTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The seeds' Foundation only: the wider platform (seed 004) has no legacy HCL to move from. */
    static EnvironmentConfig foundationOnly(String environment) {
        return SynthFixture.config(environment, ConfigFixtures.put("/services", Map.of("containers", false, "dataPipeline", false,
                "kubernetesHost", false, "monitoringHost", false)));
    }

    static LegacyState recordedLegacyState() {
        return LegacyState.read("dev", Repo.root().resolve("src/test/resources/adoption/legacy-dev-state.json"));
    }

    private static MigrationFile adoptRecordedLegacyState(String mode) {
        EnvironmentConfig dev = foundationOnly("dev");
        return Adoption.decide(dev, mode, "legacy-dev-state.json", recordedLegacyState(),
                SynthFixture.synth(dev, DeploymentTarget.EMULATOR).json(), PlatformIdentities.catalogue(), Optional.empty());
    }

    private static JsonNode synthWith(EnvironmentConfig env, MigrationFile file) {
        App app = Testing.app();
        PlatformStack stack = new PlatformStack(app, env, DeploymentTarget.EMULATOR, Repo.scripts());
        MigrationBlocks.apply(stack, env.name(), file);
        try {
            return MAPPER.readTree(Testing.synth(stack));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void noMovedImportOrRemovedBlocksUnlessTheEnvironmentAsks() {
        for (String env : List.of("dev", "prod")) {
            Template shipped = SynthFixture.synth(env);
            assertThat(shipped.json().has("moved")).as(env).isFalse();
            assertThat(shipped.json().has("import")).as(env).isFalse();
            assertThat(shipped.json().has("removed")).as(env).isFalse();
        }
    }

    /** What LegacyAddresses listed by hand, now found by identity: every legacy resource has exactly one counterpart. */
    @Test
    void everyResourceOfTheLegacyHclIsMatchedByIdentity() {
        MigrationFile file = adoptRecordedLegacyState(MigrationFile.MOVED);
        Set<String> legacyAddresses = new TreeSet<>();
        recordedLegacyState().resources().forEach(r -> legacyAddresses.add(r.address()));
        assertThat(legacyAddresses).hasSize(103);
        assertThat(file.matched()).extracting(MigrationFile.Matched::from).containsExactlyInAnyOrderElementsOf(legacyAddresses);
        assertThat(file.legacyOnly()).isEmpty();
        assertThat(file.ambiguous()).isEmpty();
        // The recorded state predates the emulator patches that let legacy/ deploy the TLS-only bucket policies there;
        // the Glue jobs' driver library (glue_common.zip) is new in this program, so no legacy deployment has it.
        assertThat(file.stackOnly()).extracting(MigrationFile.StackOnly::address).containsExactlyInAnyOrder(
                "aws_s3_bucket_policy.s3_lake_this", "aws_s3_bucket_policy.s3_outputs_this", "aws_s3_bucket_policy.s3_scripts_this",
                "aws_s3_object.glue_library");
        Map<String, String> moves = new HashMap<>();
        file.matched().forEach(m -> moves.put(m.from(), m.to()));
        assertThat(moves)
                .containsEntry("module.vpc.aws_vpc.main", "aws_vpc.vpc_this")
                .containsEntry("module.vpc.aws_subnet.private[\"us-east-2a\"]", "aws_subnet.vpc_private_a")
                .containsEntry("module.vpc.aws_route_table.private[\"us-east-2b\"]", "aws_route_table.vpc_private_b")
                .containsEntry("module.vpc.aws_route_table.public", "aws_route_table.vpc_public")
                .containsEntry("module.vpc.aws_eip.nat[\"us-east-2a\"]", "aws_eip.vpc_nat_a")
                .containsEntry("module.vpc.aws_vpc_security_group_egress_rule.glue_self", "aws_vpc_security_group_egress_rule.glue_sg_out_all_tcp")
                .containsEntry("module.rds.aws_vpc_security_group_egress_rule.mysql_to_rds[\"glue\"]", "aws_vpc_security_group_egress_rule.glue_sg_out_mysql_to_rds")
                .containsEntry("module.kms.aws_kms_key.main", "aws_kms_key.kms_this")
                .containsEntry("module.glue_pipeline.aws_glue_job.jobs[\"customer-data-cleansing\"]", "aws_glue_job.glue_customer_data_cleansing")
                .containsEntry("module.glue_pipeline.aws_cloudwatch_log_group.jobs[\"logs-v2\"]", "aws_cloudwatch_log_group.glue_jobs_log_logs_v2")
                .containsEntry("module.rds.aws_db_instance.mysql", "aws_db_instance.rds_this")
                .containsEntry("module.ec2.aws_instance.tools", "aws_instance.ec2_tools_host");
        assertThat(file.matched()).filteredOn(m -> m.to().equals("aws_subnet.vpc_private_a")).singleElement()
                .satisfies(m -> assertThat(m.identity()).matches("vpc_id=vpc-[0-9a-f]+, cidr_block=10.0.10.0/24"));
    }

    @Test
    void modeMovedEmitsOneMovedBlockPerMatchAndRemovedBlocksThatKeepTheObject() {
        EnvironmentConfig dev = foundationOnly("dev");
        MigrationFile adopted = adoptRecordedLegacyState(MigrationFile.MOVED);
        MigrationFile file = new MigrationFile("dev", MigrationFile.MOVED, adopted.source(), adopted.matched(),
                List.of(new MigrationFile.LegacyOnly("aws_s3_bucket.archive[0]", "aws_s3_bucket", MigrationFile.REMOVED),
                        new MigrationFile.LegacyOnly("aws_s3_bucket.archive[1]", "aws_s3_bucket", MigrationFile.REMOVED)),
                adopted.stackOnly(), List.of());
        JsonNode json = synthWith(dev, file);
        Map<String, String> moved = new HashMap<>();
        json.path("moved").forEach(block -> moved.put(block.path("from").asText(), block.path("to").asText()));
        assertThat(moved).hasSize(103).containsEntry("module.vpc.aws_vpc.main", "aws_vpc.vpc_this");
        assertThat(json.path("removed")).hasSize(1);
        assertThat(json.path("removed").get(0).path("from").asText()).isEqualTo("aws_s3_bucket.archive");
        assertThat(json.path("removed").get(0).path("lifecycle").path("destroy").asBoolean(true)).isFalse();
        assertThat(json.has("import")).isFalse();
    }

    @Test
    void modeImportEmitsImportBlocksWithTheProvidersIdsAndLeavesTheLegacyStateAlone() {
        EnvironmentConfig dev = foundationOnly("dev");
        MigrationFile file = adoptRecordedLegacyState(MigrationFile.IMPORT);
        JsonNode json = synthWith(dev, file);
        Map<String, String> imports = new HashMap<>();
        json.path("import").forEach(block -> imports.put(block.path("to").asText(), block.path("id").asText()));
        assertThat(imports).hasSize(103)
                .containsEntry("aws_s3_bucket.s3_lake_this", "glueplat-dev-lake-123456789012-us-east-2")
                .containsEntry("aws_db_instance.rds_this", "dev-mysql")
                .containsEntry("aws_iam_role_policy_attachment.iam_glue_job_managed", "dev-iam-glue-job/arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole")
                .containsEntry("aws_s3_object.glue_script_feature_engineering", "glueplat-dev-scripts-123456789012-us-east-2/scripts/2_feature_engineering.py");
        assertThat(imports.get("aws_route.vpc_public_internet")).matches("rtb-[0-9a-f]+_0\\.0\\.0\\.0/0");
        assertThat(json.has("moved")).isFalse();
        assertThat(json.has("removed")).isFalse();
    }

    @Test
    void aMigrationFileNamingAnAddressTheStackDoesNotHaveIsRefused() {
        EnvironmentConfig dev = foundationOnly("dev");
        MigrationFile file = new MigrationFile("dev", MigrationFile.MOVED, null,
                List.of(new MigrationFile.Matched("module.vpc.aws_vpc.main", "aws_vpc.vpc_main", "cidr_block=10.0.0.0/16", "vpc-1", null)),
                List.of(), List.of(), List.of());
        assertThatThrownBy(() -> synthWith(dev, file)).isInstanceOf(ConfigException.class)
                .hasMessage("environment 'dev': dev.migration.json: matched[0].to: 'aws_vpc.vpc_main' is not a resource of this stack;"
                        + " allowed: an address of the stack — re-run make adopt");
    }

    @Test
    void fromLegacyHclIsRetiredWithAPointerToMakeAdopt() {
        assertThat(ConfigFixtures.problemsAfter(ConfigFixtures.put("/migration/fromLegacyHcl", true))).containsExactly(
                "environment 'dev': migration.fromLegacyHcl: true is no longer supported; allowed: false or absent — run"
                        + " `make adopt ENV=dev FROM=<legacy state>`, which writes environments/dev.migration.json (docs/migration.md)");
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
}
