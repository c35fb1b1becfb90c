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
 * `terraform validate` of what migration synthesizes (moved and import blocks; import blocks need AWS to
 * plan, so they are validated, not planned) and of the legacy HCL reference configuration.
 */
@Tag("terraform")
class MigrationValidateTest {

    private static final Path WORK = Repo.root().resolve("target/migration-validate");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void movedAndImportBlocksPassTerraformValidate() throws IOException {
        EnvironmentConfig prod = SynthFixture.config("prod", ConfigFixtures.put("/migration/fromLegacyHcl", true)
                .andThen(ConfigFixtures.put("/migration/imports", List.of(
                        Map.of("to", "aws_s3_bucket.s3_outputs_this", "id", "glueplat-prod-outputs-210987654321-us-east-2"),
                        Map.of("to", "aws_glue_catalog_database.glue_catalog", "id", "210987654321:prod_data_lake_catalog")))));
        Path outdir = Files.createDirectories(WORK.resolve("cdktf.out"));
        App app = new App(AppConfig.builder().outdir(outdir.toString()).build());
        new PlatformStack(app, prod, DeploymentTarget.OFFLINE, Repo.scripts());
        app.synth();
        Path stack = outdir.resolve("stacks/prod");
        JsonNode json = MAPPER.readTree(stack.resolve("cdk.tf.json").toFile());
        assertThat(json.path("import").size()).isEqualTo(2);
        assertThat(json.path("moved").size()).isGreaterThan(100);

        String output = validate(stack);
        assertThat(output).contains("Success! The configuration is valid.");
    }

    @Test
    void legacyReferenceConfigurationPassesTerraformValidate() {
        assertThat(validate(Repo.root().resolve("legacy"))).contains("Success! The configuration is valid.");
    }

    private static String validate(Path dir) {
        Tools.Result result = Tools.terraform(dir, Map.of("TF_DATA_DIR", WORK.resolve("tf-data-" + dir.getFileName()).toString()), 5,
                "init -input=false -no-color -backend=false && terraform validate -no-color");
        assertThat(result.exitCode()).as("terraform init/validate of %s:%n%s", dir, result.output()).isZero();
        return result.output();
    }
}
