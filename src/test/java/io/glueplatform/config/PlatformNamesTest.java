package io.glueplatform.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.glueplatform.config.AwsNameKind.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PlatformNames} mirrors the names the constructs build. Proven against the synthesized JSON: every name of
 * the checked resource types in every shipped environment is in the list, with the service whose rules apply.
 */
class PlatformNamesTest {

    /** Resource type → (attribute holding the name, the rules it must follow). */
    private static final Map<String, Map.Entry<String, AwsNameKind>> NAMED = new HashMap<>();

    static {
        NAMED.put("aws_s3_bucket", Map.entry("bucket", S3_BUCKET));
        NAMED.put("aws_iam_role", Map.entry("name", IAM_ROLE));
        NAMED.put("aws_iam_instance_profile", Map.entry("name", IAM_INSTANCE_PROFILE));
        NAMED.put("aws_db_instance", Map.entry("identifier", RDS_IDENTIFIER));
        NAMED.put("aws_db_parameter_group", Map.entry("name", RDS_PARAMETER_GROUP));
        NAMED.put("aws_db_subnet_group", Map.entry("name", RDS_SUBNET_GROUP));
        NAMED.put("aws_redshift_cluster", Map.entry("cluster_identifier", REDSHIFT_CLUSTER));
        NAMED.put("aws_redshift_parameter_group", Map.entry("name", RDS_PARAMETER_GROUP));
        NAMED.put("aws_redshift_subnet_group", Map.entry("name", RDS_SUBNET_GROUP));
        for (String glue : List.of("aws_glue_job", "aws_glue_connection", "aws_glue_crawler", "aws_glue_trigger", "aws_glue_workflow",
                "aws_glue_security_configuration")) {
            NAMED.put(glue, Map.entry("name", GLUE_NAME));
        }
        NAMED.put("aws_glue_catalog_database", Map.entry("name", GLUE_DATABASE));
        NAMED.put("aws_cloudwatch_log_group", Map.entry("name", LOG_GROUP));
        NAMED.put("aws_secretsmanager_secret", Map.entry("name", SECRET));
        NAMED.put("aws_ecr_repository", Map.entry("name", ECR_REPOSITORY));
        NAMED.put("aws_ecs_cluster", Map.entry("name", ECS_NAME));
        NAMED.put("aws_ecs_service", Map.entry("name", ECS_NAME));
        NAMED.put("aws_ecs_task_definition", Map.entry("family", ECS_NAME));
        NAMED.put("aws_kms_alias", Map.entry("name", KMS_ALIAS));
        NAMED.put("aws_security_group", Map.entry("name", SECURITY_GROUP));
        NAMED.put("aws_launch_template", Map.entry("name", LAUNCH_TEMPLATE));
    }

    private static final Pattern NAME_REFERENCE = Pattern.compile("\\$\\{(aws_[a-z0-9_]+)\\.([a-z0-9_]+)\\.name}");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod", "dataxr"})
    void everySynthesizedNameIsComputedWithItsServicesRules(String environment) {
        Template template = SynthFixture.synth(environment);
        List<PlatformNames.AwsName> computed = PlatformNames.of(SynthFixture.environment(environment));
        List<String> checked = new ArrayList<>();

        template.json().path("resource").fields().forEachRemaining(type -> {
            Map.Entry<String, AwsNameKind> named = NAMED.get(type.getKey());
            if (named == null) {
                return;
            }
            type.getValue().fields().forEachRemaining(resource -> {
                String name = resolve(template.json(), resource.getValue().path(named.getKey()).asText());
                assertThat(computed).as("%s.%s: %s", type.getKey(), resource.getKey(), name)
                        .contains(new PlatformNames.AwsName(named.getValue(), name, fieldOf(computed, name)));
                checked.add(name);
            });
        });

        assertThat(checked).as("names checked in %s", environment).hasSizeGreaterThan(40);
    }

    @Test
    void everyComputedNameOfTheShippedEnvironmentsIsValid() {
        for (String environment : List.of("dev", "prod", "dataxr")) {
            for (PlatformNames.AwsName name : PlatformNames.of(SynthFixture.environment(environment))) {
                assertThat(name.kind().violation(name.value())).as("%s %s", name.kind(), name.value()).isNull();
            }
        }
    }

    @Test
    void serviceRulesRefuseWhatTheServiceRefuses() {
        assertThat(RDS_IDENTIFIER.violation("dev--1-mysql")).isEqualTo("it must not contain '--'");
        assertThat(RDS_IDENTIFIER.violation("1dev-mysql")).isEqualTo("it must start with a letter");
        assertThat(RDS_IDENTIFIER.violation("a".repeat(64))).isEqualTo("it has 64 characters");
        assertThat(REDSHIFT_CLUSTER.violation("dev-xr-redshift-")).isEqualTo("it must not end with '-'");
        assertThat(ECR_REPOSITORY.violation("dev--data-jobs")).startsWith("it has characters other than");
        assertThat(IAM_ROLE.violation("r".repeat(65))).isEqualTo("it has 65 characters");
        assertThat(KMS_ALIAS.violation("alias/aws/dev")).startsWith("it must not start with 'alias/aws/'");
        assertThat(SECURITY_GROUP.violation("sg-dev")).isEqualTo("it must not start with 'sg-'");
        assertThat(S3_BUCKET.violation("192.168.5.4")).isEqualTo("it must not look like an IP address");
        assertThat(S3_BUCKET.violation("data--lake")).as("S3 allows '--' inside a name").isNull();
        assertThat(S3_BUCKET.violation("data-lake--x-s3")).isEqualTo("it must not end with '--x-s3' (reserved by S3)");
        assertThat(LOG_GROUP.violation("/ecs/dev env")).startsWith("it has characters other than");
    }

    /** The same name may appear under several fields only if computed once; find the field it was computed under. */
    private static String fieldOf(List<PlatformNames.AwsName> computed, String name) {
        return computed.stream().filter(n -> n.value().equals(name)).map(PlatformNames.AwsName::field).findFirst().orElse("?");
    }

    /** Replaces {@code ${aws_x.y.name}} by that resource's literal name (the Glue log groups are built from two names). */
    private static String resolve(JsonNode document, String value) {
        Matcher matcher = NAME_REFERENCE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String name = document.path("resource").path(matcher.group(1)).path(matcher.group(2)).path("name").asText();
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(name));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }
}
