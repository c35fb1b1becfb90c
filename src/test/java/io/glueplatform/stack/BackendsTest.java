package io.glueplatform.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** State backends per environment and target: only the AWS target uses the configured remote backend. */
class BackendsTest {

    private static final Map<String, Object> S3 = Map.of("type", "S3", "bucket", "glueplat-dev-tfstate-123456789012-us-east-2",
            "key", "glue-platform/dev.tfstate", "region", "us-east-2", "dynamodbTable", "glueplat-dev-tflock");
    private static final Map<String, Object> CLOUD = Map.of("type", "CLOUD", "organization", "acme-data", "workspace", "glue-platform-dev");

    @Test
    void localByDefaultInTheRepositoryStateFolder() {
        JsonNode backend = SynthFixture.synth(SynthFixture.environment("dev"), DeploymentTarget.AWS).terraform().path("backend");
        assertThat(backend.path("local").path("path").asText()).isEqualTo("../../../terraform-state/dev.tfstate");
    }

    @Test
    void s3BackendIsEncryptedAndLocked() {
        EnvironmentConfig env = SynthFixture.config("dev", ConfigFixtures.put("/backend", S3));
        JsonNode s3 = SynthFixture.synth(env, DeploymentTarget.AWS).terraform().path("backend").path("s3");
        assertThat(s3.path("bucket").asText()).isEqualTo("glueplat-dev-tfstate-123456789012-us-east-2");
        assertThat(s3.path("key").asText()).isEqualTo("glue-platform/dev.tfstate");
        assertThat(s3.path("region").asText()).isEqualTo("us-east-2");
        assertThat(s3.path("encrypt").asBoolean()).isTrue();
        assertThat(s3.path("use_lockfile").asBoolean()).as("native S3 lock file").isTrue();
        assertThat(s3.path("dynamodb_table").asText()).isEqualTo("glueplat-dev-tflock");
    }

    @Test
    void offlineAndEmulatorTargetsNeverUseTheRemoteBackend() {
        EnvironmentConfig env = SynthFixture.config("dev", ConfigFixtures.put("/backend", S3));
        for (DeploymentTarget target : List.of(DeploymentTarget.OFFLINE, DeploymentTarget.EMULATOR)) {
            JsonNode backend = SynthFixture.synth(env, target).terraform().path("backend");
            assertThat(backend.has("s3")).as("%s backend", target).isFalse();
            assertThat(backend.path("local").path("path").asText()).as("%s state file", target)
                    .isEqualTo("../../../terraform-state/" + target.stateFile("dev"));
        }
    }

    @Test
    void hcpTerraformUsesTheCloudBlock() {
        EnvironmentConfig env = SynthFixture.config("dev", ConfigFixtures.put("/backend", CLOUD));
        Template template = SynthFixture.synth(env, DeploymentTarget.AWS);
        JsonNode cloud = template.terraform().path("cloud");
        assertThat(cloud.path("organization").asText()).isEqualTo("acme-data");
        assertThat(cloud.path("workspaces").path("name").asText()).isEqualTo("glue-platform-dev");
        assertThat(template.terraform().path("backend").isMissingNode()).isTrue();
    }

    @Test
    void awsTargetIsGuardedByTheConfiguredAccount() {
        JsonNode provider = SynthFixture.synth(SynthFixture.environment("dev"), DeploymentTarget.AWS).provider();
        assertThat(provider.path("allowed_account_ids").toString()).isEqualTo("[\"123456789012\"]");
        assertThat(provider.has("access_key")).as("no credentials in code").isFalse();
    }
}
