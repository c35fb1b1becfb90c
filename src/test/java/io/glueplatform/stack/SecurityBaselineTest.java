package io.glueplatform.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole-template negatives that must hold for every shipped environment. */
class SecurityBaselineTest {

    private static Template dev;
    private static Template prod;

    @BeforeAll
    static void synth() {
        dev = SynthFixture.synth("dev");
        prod = SynthFixture.synth("prod");
    }

    private static List<Template> both() {
        return List.of(dev, prod);
    }

    /** Every inbound rule in the template, wherever it is declared: rule resources, inline blocks, legacy rules. */
    private static List<Map.Entry<String, JsonNode>> ingressRules(Template t) {
        List<Map.Entry<String, JsonNode>> rules = new ArrayList<>();
        t.resources("aws_vpc_security_group_ingress_rule").forEach((name, rule) -> rules.add(Map.entry(name, rule)));
        t.resources("aws_security_group_rule").forEach((name, rule) -> {
            if ("ingress".equals(rule.path("type").asText())) {
                rules.add(Map.entry(name, rule));
            }
        });
        for (String type : List.of("aws_security_group", "aws_default_security_group")) {
            t.resources(type).forEach((name, group) -> group.path("ingress").forEach(rule -> rules.add(Map.entry(type + "." + name, rule))));
        }
        return rules;
    }

    private static boolean opensPort(JsonNode rule, int port) {
        String protocol = rule.has("ip_protocol") ? rule.path("ip_protocol").asText() : rule.path("protocol").asText();
        if ("-1".equals(protocol) || "all".equalsIgnoreCase(protocol)) {
            return true;
        }
        return rule.path("from_port").asInt(Integer.MAX_VALUE) <= port && port <= rule.path("to_port").asInt(Integer.MIN_VALUE);
    }

    private static List<String> cidrs(JsonNode rule) {
        List<String> cidrs = new ArrayList<>();
        for (String field : List.of("cidr_ipv4", "cidr_ipv6")) {
            if (rule.has(field)) {
                cidrs.add(rule.path(field).asText());
            }
        }
        for (String field : List.of("cidr_blocks", "ipv6_cidr_blocks")) {
            rule.path(field).forEach(cidr -> cidrs.add(cidr.asText()));
        }
        return cidrs;
    }

    @Test
    void baselineSeesTheIngressRulesOfTheTemplate() {
        // The negatives below are only meaningful if the rule collection finds the rules that exist.
        for (Template t : both()) {
            assertThat(ingressRules(t)).extracting(Map.Entry::getKey).as("%s ingress rules found", t.environment())
                    .contains("rds_sg_in_mysql_from_glue", "glue_sg_in_all_tcp", "vpc_endpoints_sg_in_https_from_vpc");
            assertThat(ingressRules(t).stream().filter(e -> opensPort(e.getValue(), 3306)).map(Map.Entry::getKey))
                    .as("%s rules opening 3306 (self-check of the port predicate)", t.environment())
                    .contains("rds_sg_in_mysql_from_glue", "rds_sg_in_mysql_from_tools_host");
        }
    }

    @Test
    void noIngressOnPort22() {
        for (Template t : both()) {
            // Glue's self rule covers every TCP port but only admits its own group; everything else must not reach 22.
            assertThat(ingressRules(t))
                    .filteredOn(e -> !e.getValue().path("referenced_security_group_id").asText().equals(e.getValue().path("security_group_id").asText()))
                    .filteredOn(e -> opensPort(e.getValue(), 22))
                    .extracting(Map.Entry::getKey)
                    .as("%s ingress rules opening port 22 to another source", t.environment())
                    .isEmpty();
            assertThat(ingressRules(t))
                    .filteredOn(e -> e.getValue().path("from_port").asInt(-1) == 22 || e.getValue().path("to_port").asInt(-1) == 22)
                    .extracting(Map.Entry::getKey)
                    .as("%s ingress rules naming port 22", t.environment())
                    .isEmpty();
        }
    }

    @Test
    void noIngressFromTheWholeInternet() {
        for (Template t : both()) {
            assertThat(ingressRules(t))
                    .filteredOn(e -> cidrs(e.getValue()).stream().anyMatch(c -> c.equals("0.0.0.0/0") || c.equals("::/0")))
                    .extracting(Map.Entry::getKey)
                    .as("%s ingress rules from 0.0.0.0/0 or ::/0", t.environment())
                    .isEmpty();
        }
    }

    @Test
    void noPasswordKeyAnywhere() {
        for (Template t : both()) {
            List<String> keys = new ArrayList<>();
            collectKeys(t.json(), keys);
            assertThat(keys).as("%s keys collected", t.environment()).contains("manage_master_user_password");
            assertThat(keys).as("%s keys named password", t.environment())
                    .noneMatch(key -> key.equalsIgnoreCase("password") || key.equalsIgnoreCase("master_password"));
        }
    }

    @Test
    void everyLogGroupHasRetentionAndAKey() {
        for (Template t : both()) {
            assertThat(t.resources("aws_cloudwatch_log_group")).as("%s log groups", t.environment()).hasSizeGreaterThanOrEqualTo(7);
            int retention = "dev".equals(t.environment()) ? 14 : 365;
            t.resources("aws_cloudwatch_log_group").forEach((name, group) -> {
                assertThat(group.path("retention_in_days").isInt()).as("%s %s retention_in_days set", t.environment(), name).isTrue();
                assertThat(group.path("retention_in_days").asInt()).as("%s %s retention_in_days", t.environment(), name).isEqualTo(retention);
                assertThat(group.path("kms_key_id").asText()).as("%s %s kms_key_id", t.environment(), name)
                        .isEqualTo(Template.ref("aws_kms_key.kms_this", "arn"));
            });
        }
    }

    @Test
    void everyBucketHasEncryptionAndABlockOnPublicAccess() {
        for (Template t : both()) {
            Map<String, JsonNode> buckets = t.resources("aws_s3_bucket");
            assertThat(buckets).as("%s buckets", t.environment()).hasSize(4);
            for (String name : buckets.keySet()) {
                String bucketRef = Template.ref("aws_s3_bucket." + name, "id");
                List<JsonNode> sse = t.resourcesWhere("aws_s3_bucket_server_side_encryption_configuration",
                        c -> bucketRef.equals(c.path("bucket").asText()));
                assertThat(sse).as("%s SSE configurations of %s", t.environment(), name).hasSize(1);
                JsonNode byDefault = sse.get(0).path("rule").get(0).path("apply_server_side_encryption_by_default");
                assertThat(byDefault.path("sse_algorithm").asText()).as("%s %s sse_algorithm", t.environment(), name).isIn("aws:kms", "AES256");
                if (!"s3_access_logs_this".equals(name)) {
                    assertThat(byDefault.path("sse_algorithm").asText()).as("%s %s sse_algorithm", t.environment(), name).isEqualTo("aws:kms");
                    assertThat(byDefault.path("kms_master_key_id").asText()).as("%s %s kms_master_key_id", t.environment(), name)
                            .isEqualTo(Template.ref("aws_kms_key.kms_this", "arn"));
                }
                List<JsonNode> blocks = t.resourcesWhere("aws_s3_bucket_public_access_block",
                        b -> bucketRef.equals(b.path("bucket").asText()));
                assertThat(blocks).as("%s public access blocks of %s", t.environment(), name).hasSize(1);
                for (String flag : List.of("block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets")) {
                    assertThat(blocks.get(0).path(flag).asBoolean()).as("%s %s %s", t.environment(), name, flag).isTrue();
                }
            }
        }
    }

    @Test
    void outputsTheOperatorFacingValues() {
        for (Template t : both()) {
            JsonNode outputs = t.outputs();
            List<String> names = new ArrayList<>();
            outputs.fieldNames().forEachRemaining(names::add);
            assertThat(names).as("%s outputs", t.environment())
                    .contains("vpc_id", "database_endpoint", "lake_bucket", "scripts_bucket", "glue_job_names");
            assertThat(outputs.path("vpc_id").path("value").asText()).as("%s vpc_id", t.environment()).isEqualTo(Template.ref("aws_vpc.vpc_this", "id"));
            assertThat(outputs.path("database_endpoint").path("value").asText()).as("%s database_endpoint", t.environment())
                    .isEqualTo(Template.ref("aws_db_instance.rds_this", "address"));
            assertThat(outputs.path("lake_bucket").path("value").asText()).as("%s lake_bucket", t.environment())
                    .isEqualTo(t.resource("aws_s3_bucket.s3_lake_this").path("bucket").asText());
            assertThat(outputs.path("scripts_bucket").path("value").asText()).as("%s scripts_bucket", t.environment())
                    .isEqualTo(t.resource("aws_s3_bucket.s3_scripts_this").path("bucket").asText());
            List<String> jobNames = new ArrayList<>();
            outputs.path("glue_job_names").path("value").forEach(v -> jobNames.add(v.asText()));
            assertThat(jobNames).as("%s glue_job_names", t.environment()).containsExactly(
                    Template.ref("aws_glue_job.glue_customer_data_cleansing", "name"),
                    Template.ref("aws_glue_job.glue_feature_engineering", "name"));
        }
    }

    private static void collectKeys(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                out.add(field.getKey());
                collectKeys(field.getValue(), out);
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectKeys(element, out));
        }
    }
}
