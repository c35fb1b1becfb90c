package io.glueplatform.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.stack.DeploymentTarget;
import io.glueplatform.stack.PlatformStack;
import io.glueplatform.testing.Repo;
import io.glueplatform.testing.Tools;
import io.glueplatform.testing.SynthFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `terraform validate` of what migration synthesizes (moved, removed and import blocks; import blocks need AWS
 * to plan, so they are validated, not planned) and of the three legacy configurations make adopt is proven on.
 */
@Tag("terraform")
class MigrationValidateTest {

    private static final Path WORK = Repo.root().resolve("target/migration-validate");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void movedRemovedAndImportBlocksPassTerraformValidate() throws IOException {
        EnvironmentConfig prod = SynthFixture.config("prod", ConfigFixtures.put("/migration/imports", List.of(
                Map.of("to", "aws_s3_bucket.s3_outputs_this", "id", "glueplat-prod-outputs-210987654321-us-east-2"))));
        MigrationFile moved = new MigrationFile("prod", MigrationFile.MOVED, null, List.of(
                new MigrationFile.Matched("module.vpc.aws_vpc.this[0]", "aws_vpc.vpc_this", "cidr_block=10.1.0.0/16", "vpc-1", null),
                new MigrationFile.Matched("module.db.module.db_instance.aws_db_instance.this[0]", "aws_db_instance.rds_this",
                        "identifier=prod-mysql", "prod-mysql", null)),
                List.of(new MigrationFile.LegacyOnly("aws_s3_bucket.archive[0]", "aws_s3_bucket", MigrationFile.REMOVED)),
                List.of(new MigrationFile.StackOnly("aws_glue_catalog_database.glue_catalog", MigrationFile.IMPORT, "210987654321:prod_data_lake_catalog")),
                List.of());
        JsonNode json = synthesizeAndValidate(prod, moved, "moved");
        assertThat(json.path("moved").size()).isEqualTo(2);
        assertThat(json.path("removed").size()).isEqualTo(1);
        assertThat(json.path("import").size()).isEqualTo(2);

        MigrationFile imported = new MigrationFile("prod", MigrationFile.IMPORT, null, List.of(
                new MigrationFile.Matched("module.vpc.aws_vpc.this[0]", "aws_vpc.vpc_this", "cidr_block=10.1.0.0/16", "vpc-1", null)),
                List.of(new MigrationFile.LegacyOnly("aws_s3_bucket.archive[0]", "aws_s3_bucket", MigrationFile.IGNORE)), List.of(), List.of());
        JsonNode importJson = synthesizeAndValidate(prod, imported, "import");
        assertThat(importJson.path("import").size()).isEqualTo(2);
        assertThat(importJson.has("moved")).isFalse();
        assertThat(importJson.has("removed")).isFalse();
    }

    private JsonNode synthesizeAndValidate(EnvironmentConfig env, MigrationFile file, String name) throws IOException {
        Path outdir = Files.createDirectories(WORK.resolve("cdktf.out-" + name));
        App app = new App(AppConfig.builder().outdir(outdir.toString()).build());
        PlatformStack stack = new PlatformStack(app, env, DeploymentTarget.OFFLINE, Repo.scripts());
        MigrationBlocks.apply(stack, env.name(), file);
        app.synth();
        Path stackDir = outdir.resolve("stacks").resolve(env.name());
        assertThat(validate(stackDir)).contains("Success! The configuration is valid.");
        return MAPPER.readTree(stackDir.resolve("cdk.tf.json").toFile());
    }

    @Test
    void theTwoAdoptionFixturesPassTerraformValidate() {
        for (String fixture : List.of("flat", "community")) {
            assertThat(validate(Repo.root().resolve("src/test/resources/adoption").resolve(fixture)))
                    .as(fixture).contains("Success! The configuration is valid.");
        }
    }

    @Test
    void legacyReferenceConfigurationPassesTerraformValidate() {
        assertThat(validate(Repo.root().resolve("legacy"))).contains("Success! The configuration is valid.");
    }

    private static String validate(Path dir) {
        Tools.Result result = Tools.terraform(dir, Map.of("TF_DATA_DIR", WORK.resolve("tf-data-" + dir.getParent().getFileName() + "-" + dir.getFileName()).toString()), 5,
                "init -input=false -no-color -backend=false && terraform validate -no-color");
        assertThat(result.exitCode()).as("terraform init/validate of %s:%n%s", dir, result.output()).isZero();
        return result.output();
    }
}
