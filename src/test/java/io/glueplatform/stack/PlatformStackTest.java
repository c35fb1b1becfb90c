package io.glueplatform.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformStackTest {

    private static Template dev;

    @BeforeAll
    static void synth() {
        dev = SynthFixture.synth("dev");
    }

    @Test
    void pinsTheInstallableProviderAndKeepsStateOutOfTheRepoRoot() {
        assertThat(dev.terraform().path("required_providers").path("aws").path("version").asText()).isEqualTo("~> 5.100");
        assertThat(dev.terraform().path("backend").path("local").path("path").asText())
                .isEqualTo("../../../terraform-state/offline/dev.tfstate");
    }

    @Test
    void offlineProviderNeedsNoAccount() {
        JsonNode provider = dev.provider();
        assertThat(provider.path("skip_credentials_validation").asBoolean()).isTrue();
        assertThat(provider.path("skip_requesting_account_id").asBoolean()).isTrue();
        assertThat(provider.path("region").asText()).isEqualTo("us-east-2");
        assertThat(provider.path("default_tags").get(0).path("tags").path("Environment").asText()).isEqualTo("dev");
    }

    @Test
    void noDataSourceCallsTheAwsApi() {
        assertThat(dev.json().path("data").size()).isZero();
    }

    @Test
    void everyResourceHasAReadableAddressWithoutHashSuffix() {
        dev.json().path("resource").fields().forEachRemaining(type ->
                type.getValue().fieldNames().forEachRemaining(name ->
                        assertThat(name).as(type.getKey()).matches("[a-z0-9_]+").doesNotMatch(".*_[0-9A-F]{8}$")));
    }
}
