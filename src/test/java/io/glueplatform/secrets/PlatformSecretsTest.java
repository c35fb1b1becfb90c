package io.glueplatform.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Secrets exist as KMS-encrypted containers only; no value is ever in the JSON (and hence not in state). */
class PlatformSecretsTest {

    private static final String KEY = Template.ref("aws_kms_key.kms_this", "arn");
    /** Keys that would carry a secret value into the template (and state). */
    private static final List<String> VALUE_KEYS = List.of("secret_string", "secret_binary", "password", "master_password",
            "admin_password", "auth_token", "secret_string_wo");

    private static Template dev;
    private static Template prod;
    private static Template everything;

    @BeforeAll
    static void synth() {
        dev = SynthFixture.synth("dev");
        prod = SynthFixture.synth("prod");
        everything = SynthFixture.variant("dev", ConfigFixtures.put("/services/monitoringHost", true)
                .andThen(ConfigFixtures.put("/services/kubernetesHost", true)));
    }

    @Test
    void secretsForRedisAppAndTheEnabledHostsEncryptedWithThePlatformKey() {
        assertThat(everything.resources("aws_secretsmanager_secret"))
                .containsOnlyKeys("secrets_redis", "secrets_app", "secrets_grafana_admin", "secrets_argocd_admin");
        assertThat(dev.resources("aws_secretsmanager_secret")).containsOnlyKeys("secrets_redis", "secrets_app", "secrets_argocd_admin");
        assertThat(prod.resources("aws_secretsmanager_secret")).containsOnlyKeys("secrets_redis", "secrets_app", "secrets_grafana_admin");
        everything.resources("aws_secretsmanager_secret").forEach((name, secret) -> {
            assertThat(secret.path("kms_key_id").asText()).as("%s kms_key_id", name).isEqualTo(KEY);
            assertThat(secret.path("name").asText()).as("%s name", name).startsWith("dev/platform/");
            assertThat(secret.path("description").asText()).as("%s says where its value comes from", name).contains("Value from:");
        });
    }

    @Test
    void recoveryWindowFollowsTheEnvironmentsDestroyPolicy() {
        dev.resources("aws_secretsmanager_secret").values().forEach(s -> assertThat(s.path("recovery_window_in_days").asInt(-1)).isZero());
        prod.resources("aws_secretsmanager_secret").values().forEach(s -> assertThat(s.path("recovery_window_in_days").asInt()).isEqualTo(30));
    }

    @Test
    void noSecretValueAnywhereInTheTemplate() {
        for (Template t : List.of(dev, prod, everything)) {
            assertThat(t.resourceTypes()).doesNotContain("aws_secretsmanager_secret_version", "random_password", "random_string");
            assertThat(t.json().path("provider").has("random")).isFalse();
            List<String> keys = new ArrayList<>();
            collectKeys(t.json(), keys);
            assertThat(keys).as("keys that would hold a secret value").noneMatch(k -> VALUE_KEYS.contains(k.toLowerCase()));
            // Host scripts build the secret JSON from a shell variable, never from a literal.
            assertThat(t.text()).doesNotContainPattern("\\\\\"password\\\\\":\\\\\"[^%\\\\]");
            assertThat(t.text()).doesNotContainPattern("PASSWORD=[^%\\\\$]");
        }
    }

    @Test
    void theMysqlSecretIsTheOneRdsManages() {
        Template t = dev;
        assertThat(t.resource("aws_db_instance.rds_this").path("manage_master_user_password").asBoolean()).isTrue();
        String container = t.resource("aws_ecs_task_definition.containers_task_data_processing").path("container_definitions").asText();
        assertThat(container).contains("${aws_db_instance.rds_this.master_user_secret[0].secret_arn}:password::");
    }

    @Test
    void hostsMayOnlyPutTheirOwnSecret() {
        JsonNode policy = Template.policy(everything.resource("aws_iam_role_policy.iam_monitoring_host_grafana_admin_put"), "policy");
        JsonNode put = policy.path("Statement").get(0);
        assertThat(put.path("Action").toString()).contains("secretsmanager:PutSecretValue").doesNotContain("GetSecretValue");
        assertThat(put.path("Resource").asText()).isEqualTo(Template.ref("aws_secretsmanager_secret.secrets_grafana_admin", "arn"));
        assertThat(policy.path("Statement").get(1).path("Condition").path("StringEquals").path("kms:ViaService").asText())
                .isEqualTo("secretsmanager.us-east-2.amazonaws.com");
        JsonNode argo = Template.policy(everything.resource("aws_iam_role_policy.iam_kubernetes_host_argocd_admin_put"), "policy");
        assertThat(argo.path("Statement").get(0).path("Resource").asText())
                .isEqualTo(Template.ref("aws_secretsmanager_secret.secrets_argocd_admin", "arn"));
    }

    @Test
    void valueFromNamesAKeyOfTheSecret() {
        Secret secret = new Secret("app", "arn:x", List.of("jwt_secret"), "script");
        assertThat(secret.valueFrom("jwt_secret")).isEqualTo("arn:x:jwt_secret::");
        assertThatThrownBy(() -> secret.valueFrom("password")).hasMessageContaining("has no key 'password'");
        assertThatThrownBy(() -> new PlatformSecretsProps(null, null, null, null, 3))
                .hasMessageContaining("recoveryWindowDays 3 is not allowed; allowed: 0 or 7 to 30");
    }

    private static void collectKeys(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining((Map.Entry<String, JsonNode> field) -> {
                out.add(field.getKey());
                collectKeys(field.getValue(), out);
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectKeys(element, out));
        }
    }
}
