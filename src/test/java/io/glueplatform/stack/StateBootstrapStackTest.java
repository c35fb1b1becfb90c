package io.glueplatform.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.Testing;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.testing.SynthFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** prod's S3 backend bucket is created by its own small stack, secured like every platform bucket. */
class StateBootstrapStackTest {

    private static JsonNode json;

    @BeforeAll
    static void synth() throws Exception {
        EnvironmentConfig prod = SynthFixture.environment("prod");
        App app = Testing.app();
        json = new ObjectMapper().readTree(Testing.synth(new StateBootstrapStack(app, prod, DeploymentTarget.OFFLINE)));
    }

    @Test
    void createsTheConfiguredBucketVersionedEncryptedBlockedAndTlsOnly() {
        JsonNode resources = json.path("resource");
        assertThat(resources.path("aws_s3_bucket").path("s3_tfstate_this").path("bucket").asText())
                .isEqualTo("glueplat-prod-tfstate-210987654321-us-east-2");
        assertThat(resources.path("aws_s3_bucket").path("s3_tfstate_this").path("force_destroy").asBoolean()).isFalse();
        assertThat(resources.path("aws_s3_bucket_versioning").path("s3_tfstate_this").path("versioning_configuration")
                .path("status").asText()).isEqualTo("Enabled");
        assertThat(resources.path("aws_s3_bucket_server_side_encryption_configuration").path("s3_tfstate_this").toString())
                .contains("aws:kms", "${aws_kms_key.kms_this.arn}");
        assertThat(resources.path("aws_s3_bucket_public_access_block").path("s3_tfstate_this").path("restrict_public_buckets").asBoolean()).isTrue();
        assertThat(resources.path("aws_s3_bucket_policy").path("s3_tfstate_this").path("policy").asText()).contains("aws:SecureTransport");
    }

    @Test
    void keepsItsOwnStateLocal() {
        assertThat(json.path("terraform").path("backend").path("local").path("path").asText())
                .isEqualTo("../../../terraform-state/offline/prod-state.tfstate");
    }

    @Test
    void noLockTableUnlessConfigured() {
        assertThat(json.path("resource").has("aws_dynamodb_table")).as("prod locks with the S3 lock file").isFalse();
    }

    @Test
    void theStateBucketLogsItsAccessToItsOwnLogBucket() {
        JsonNode resources = json.path("resource");
        assertThat(resources.path("aws_s3_bucket").path("s3_tfstate_access_logs_this").path("bucket").asText())
                .isEqualTo("glueplat-prod-tfstate-210987654321-us-east-2-access-logs");
        assertThat(resources.path("aws_s3_bucket_logging").path("s3_tfstate_this").path("target_bucket").asText())
                .isEqualTo("${aws_s3_bucket.s3_tfstate_access_logs_this.id}");
    }

    @Test
    void aStateBucketNameLeavesRoomForItsAccessLogBucket() {
        String name = "a".repeat(52);
        var prod = io.glueplatform.config.ConfigFixtures.shipped("prod");
        io.glueplatform.config.ConfigFixtures.put("/backend/bucket", name).accept(prod);
        assertThat(io.glueplatform.config.ConfigValidator.validate(io.glueplatform.config.ConfigLoader.parse("prod", prod.toString())))
                .containsExactly("environment 'prod': backend.bucket: '" + name + "' is 52 characters; allowed: at most 51, so that its"
                        + " access-log bucket '<bucket>-access-logs' stays within S3's 63");
    }
}
