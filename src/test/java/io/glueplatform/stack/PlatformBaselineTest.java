package io.glueplatform.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole-template negatives of issue #4 for every switch combination that matters: everything on with admin
 * CIDRs and SSH, everything off, and the shipped environments.
 */
class PlatformBaselineTest {

    private static List<Template> all;
    private static Template everythingOn;
    private static Template everythingOff;

    @BeforeAll
    static void synth() {
        everythingOn = SynthFixture.variant("dev", ConfigFixtures.put("/services", Map.of("containers", true, "kubernetesHost", true,
                        "monitoringHost", true, "dataPipeline", true, "sshBastion", true))
                .andThen(ConfigFixtures.put("/adminCidrs", List.of("203.0.113.0/24"))));
        everythingOff = SynthFixture.variant("dev", ConfigFixtures.put("/services", Map.of("containers", false, "kubernetesHost", false,
                "monitoringHost", false, "dataPipeline", false)));
        all = List.of(SynthFixture.synth("dev"), SynthFixture.synth("prod"), everythingOn, everythingOff);
    }

    @Test
    void everyLogGroupHasRetentionAndTheKeyInEveryVariant() {
        for (Template t : all) {
            assertThat(t.resources("aws_cloudwatch_log_group")).isNotEmpty();
            t.resources("aws_cloudwatch_log_group").forEach((name, group) -> {
                assertThat(group.path("retention_in_days").isInt()).as("%s retention", name).isTrue();
                assertThat(group.path("kms_key_id").asText()).as("%s key", name).isEqualTo(Template.ref("aws_kms_key.kms_this", "arn"));
            });
        }
    }

    @Test
    void noIngressFromTheWorldWhenNoWebCidrsAreConfigured() {
        for (Template t : all) {
            assertThat(t.resources("aws_vpc_security_group_ingress_rule").entrySet())
                    .filteredOn(e -> List.of("0.0.0.0/0", "::/0").contains(e.getValue().path("cidr_ipv4").asText()))
                    .extracting(Map.Entry::getKey)
                    .isEmpty();
        }
    }

    @Test
    void everyBucketIsEncryptedAndBlockedInEveryVariant() {
        for (Template t : all) {
            assertThat(t.count("aws_s3_bucket")).isEqualTo(4);
            assertThat(t.count("aws_s3_bucket_server_side_encryption_configuration")).isEqualTo(4);
            assertThat(t.resources("aws_s3_bucket_public_access_block").values()).hasSize(4).allSatisfy(block -> {
                for (String flag : List.of("block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets")) {
                    assertThat(block.path(flag).asBoolean()).as(flag).isTrue();
                }
            });
        }
    }

    @Test
    void everySecretIsEncryptedAndNoneHasAValue() {
        for (Template t : all) {
            assertThat(t.resources("aws_secretsmanager_secret").values())
                    .allSatisfy(s -> assertThat(s.path("kms_key_id").asText()).isEqualTo(Template.ref("aws_kms_key.kms_this", "arn")));
            assertThat(t.resourceTypes()).doesNotContain("aws_secretsmanager_secret_version", "random_password");
        }
        assertThat(everythingOn.count("aws_secretsmanager_secret")).isEqualTo(4);
        // Everything off is the Foundation: its only secret is the one RDS manages (not a resource here).
        assertThat(everythingOff.count("aws_secretsmanager_secret")).isZero();
        assertThat(everythingOff.resources("aws_security_group")).as("no role tiers without a component using them").doesNotContainKeys("web_sg_this", "app_sg_this", "database_sg_this",
                "kubernetes_sg_this", "monitoring_sg_this");
    }

    @Test
    void everythingOnHasEveryComponentAndEverythingOffOnlyTheFoundation() {
        for (String type : List.of("aws_ecr_repository", "aws_ecs_cluster", "aws_glue_workflow", "aws_glue_crawler")) {
            assertThat(everythingOn.count(type)).as(type).isPositive();
            assertThat(everythingOff.count(type)).as(type).isZero();
        }
        assertThat(everythingOn.resources("aws_instance")).containsOnlyKeys("ec2_tools_host", "hosts_kubernetes", "hosts_monitoring");
        assertThat(everythingOff.resources("aws_instance")).containsOnlyKeys("ec2_tools_host");
        JsonNode ingress = everythingOn.json().path("resource").path("aws_vpc_security_group_ingress_rule");
        assertThat(ingress.has("bastion_sg_in_ssh_0")).isTrue();
    }
}
