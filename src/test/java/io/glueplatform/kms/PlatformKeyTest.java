package io.glueplatform.kms;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.glueplatform.testing.Json.statements;
import static io.glueplatform.testing.Json.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** The environment's customer-managed key: rotated, recoverable, and usable only by this account and its log groups. */
class PlatformKeyTest {

    private static Template dev;
    private static Template prod;
    private static EnvironmentConfig devEnv;
    private static EnvironmentConfig prodEnv;

    @BeforeAll
    static void synth() {
        dev = SynthFixture.synth("dev");
        prod = SynthFixture.synth("prod");
        devEnv = SynthFixture.environment("dev");
        prodEnv = SynthFixture.environment("prod");
    }

    @Test
    void theStackHasExactlyOneKeyAndItIsRotatedYearly() {
        assertThat(dev.count("aws_kms_key")).as("customer-managed keys in dev").isEqualTo(1);
        JsonNode key = dev.resource("aws_kms_key.kms_this");
        assertThat(key.path("enable_key_rotation").isBoolean() && key.path("enable_key_rotation").asBoolean())
                .as("aws_kms_key.kms_this enable_key_rotation is literally true").isTrue();
    }

    @Test
    void deletionWindowIsThirtyDaysSoAMistakenDestroyCanBeCancelled() {
        assertThat(dev.resource("aws_kms_key.kms_this").path("deletion_window_in_days").asInt(-1))
                .as("dev key deletion window").isEqualTo(30);
        assertThat(prod.resource("aws_kms_key.kms_this").path("deletion_window_in_days").asInt(-1))
                .as("prod key deletion window").isEqualTo(30);
    }

    @Test
    void aliasNamesTheEnvironmentAndTargetsThePlatformKey() {
        assertThat(dev.count("aws_kms_alias")).as("aliases in dev").isEqualTo(1);
        JsonNode alias = dev.resource("aws_kms_alias.kms_this");
        assertThat(alias.path("name").asText()).as("alias name").isEqualTo("alias/glue-platform-dev");
        assertThat(alias.path("target_key_id").asText()).as("alias target")
                .isEqualTo(Template.ref("aws_kms_key.kms_this", "key_id"));
        assertThat(prod.resource("aws_kms_alias.kms_this").path("name").asText()).as("prod alias name")
                .isEqualTo("alias/glue-platform-prod");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void rootOfTheConfiguredAccountAdministersTheKeyThroughIam(String environment) {
        Template template = environment.equals("dev") ? dev : prod;
        EnvironmentConfig env = environment.equals("dev") ? devEnv : prodEnv;
        String root = "arn:aws:iam::" + env.accountId() + ":root";
        List<JsonNode> awsPrincipalStatements = statements(keyPolicy(template)).stream()
                .filter(s -> s.path("Principal").has("AWS")).toList();

        assertThat(awsPrincipalStatements).as("%s: statements granting to AWS principals", environment).hasSize(1);
        JsonNode admin = awsPrincipalStatements.get(0);
        assertThat(admin.path("Effect").asText()).as("%s: root statement effect", environment).isEqualTo("Allow");
        assertThat(texts(admin.path("Principal").path("AWS"))).as("%s: AWS principal is the configured account's root only", environment)
                .containsExactly(root);
        assertThat(texts(admin.path("Action"))).as("%s: root may administer the key", environment).containsExactly("kms:*");
        assertThat(admin.has("Condition")).as("%s: IAM decides, so the root statement carries no condition", environment).isFalse();
    }

    @Test
    void noStatementOfTheKeyPolicyGrantsToAnyoneOrAnotherAccount() {
        String root = "arn:aws:iam::" + devEnv.accountId() + ":root";
        for (JsonNode statement : statements(keyPolicy(dev))) {
            JsonNode principal = statement.path("Principal");
            assertThat(principal.isTextual()).as("statement %s: principal must not be a bare \"*\"", statement.path("Sid")).isFalse();
            assertThat(texts(principal.path("AWS"))).as("statement %s: AWS principals", statement.path("Sid"))
                    .allSatisfy(arn -> assertThat(arn).isEqualTo(root));
        }
    }

    @Test
    void cloudWatchLogsMayUseTheKeyOnlyForLogGroupsOfThisAccountAndRegion() {
        JsonNode logs = onlyStatementFor(keyPolicy(dev), "logs.us-east-2.amazonaws.com");

        assertThat(logs.path("Effect").asText()).as("logs statement effect").isEqualTo("Allow");
        assertThat(texts(logs.path("Action"))).as("logs may encrypt/decrypt but not administer the key")
                .containsExactlyInAnyOrder("kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*")
                .doesNotContain("kms:*");
        JsonNode arnLike = logs.path("Condition").path("ArnLike");
        assertThat(arnLike.path("kms:EncryptionContext:aws:logs:arn").asText())
                .as("ArnLike on the log group ARN in the encryption context: this account and region only")
                .isEqualTo("arn:aws:logs:" + devEnv.region() + ":" + devEnv.accountId() + ":log-group:*");
    }

    @Test
    void prodLogsStatementIsScopedToTheProdAccount() {
        JsonNode logs = onlyStatementFor(keyPolicy(prod), "logs." + prodEnv.region() + ".amazonaws.com");
        assertThat(logs.path("Condition").path("ArnLike").path("kms:EncryptionContext:aws:logs:arn").asText())
                .as("prod logs condition")
                .isEqualTo("arn:aws:logs:us-east-2:210987654321:log-group:*");
    }

    private static JsonNode keyPolicy(Template template) {
        JsonNode policy = Template.policy(template.resource("aws_kms_key.kms_this"), "policy");
        assertThat(policy.path("Version").asText()).as("key policy version").isEqualTo("2012-10-17");
        return policy;
    }

    private static JsonNode onlyStatementFor(JsonNode policy, String servicePrincipal) {
        List<JsonNode> matching = statements(policy).stream()
                .filter(s -> texts(s.path("Principal").path("Service")).contains(servicePrincipal)).toList();
        assertThat(matching).as("statements for service principal %s", servicePrincipal).hasSize(1);
        return matching.get(0);
    }
}
