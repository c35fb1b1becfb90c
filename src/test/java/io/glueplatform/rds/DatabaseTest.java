package io.glueplatform.rds;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The rds module as synthesized for the shipped dev and prod environments. */
class DatabaseTest {

    private static final String DB = "aws_db_instance.rds_this";
    private static final String KEY_ARN = Template.ref("aws_kms_key.kms_this", "arn");
    private static final String RDS_SG = Template.ref("aws_security_group.rds_sg_this", "id");
    private static final List<String> LOGS = List.of("error", "general", "slowquery");

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

    @Test
    void isMysql80InTheRdsSecurityGroup() {
        for (Template t : both()) {
            JsonNode db = t.resource(DB);
            assertThat(db.path("engine").asText()).as("%s engine", t.environment()).isEqualTo("mysql");
            assertThat(db.path("engine_version").asText()).as("%s engine_version", t.environment()).isEqualTo("8.0");
            assertThat(db.path("identifier").asText()).as("%s identifier", t.environment()).isEqualTo(t.environment() + "-mysql");
            assertThat(db.path("port").asInt()).as("%s port", t.environment()).isEqualTo(3306);
            assertThat(texts(db.path("vpc_security_group_ids"))).as("%s vpc_security_group_ids", t.environment()).containsExactly(RDS_SG);
        }
    }

    @Test
    void subnetGroupSpansEveryPrivateSubnetAndNoPublicOne() {
        for (Template t : both()) {
            JsonNode group = t.resource("aws_db_subnet_group.rds_this");
            List<String> subnetIds = texts(group.path("subnet_ids"));
            List<String> privateIds = subnetRefs(t, "private");
            List<String> publicIds = subnetRefs(t, "public");
            assertThat(privateIds).as("%s private subnets in the template", t.environment()).hasSize("dev".equals(t.environment()) ? 2 : 3);
            assertThat(subnetIds).as("%s DB subnet group subnets", t.environment()).containsExactlyInAnyOrderElementsOf(privateIds);
            assertThat(subnetIds).as("%s DB subnet group must not contain a public subnet", t.environment()).doesNotContainAnyElementsOf(publicIds);
            assertThat(t.resource(DB).path("db_subnet_group_name").asText()).as("%s db_subnet_group_name", t.environment())
                    .isEqualTo(Template.ref("aws_db_subnet_group.rds_this", "name"));
        }
    }

    @Test
    void isNeverPubliclyAccessible() {
        for (Template t : both()) {
            JsonNode publiclyAccessible = t.resource(DB).path("publicly_accessible");
            assertThat(publiclyAccessible.isBoolean()).as("%s publicly_accessible is set explicitly", t.environment()).isTrue();
            assertThat(publiclyAccessible.asBoolean()).as("%s publicly_accessible", t.environment()).isFalse();
        }
    }

    @Test
    void storageIsEncryptedWithThePlatformKey() {
        for (Template t : both()) {
            JsonNode db = t.resource(DB);
            assertThat(db.path("storage_encrypted").asBoolean()).as("%s storage_encrypted", t.environment()).isTrue();
            assertThat(db.path("kms_key_id").asText()).as("%s kms_key_id", t.environment()).isEqualTo(KEY_ARN);
        }
    }

    @Test
    void masterPasswordIsManagedByRdsInSecretsManagerWithThePlatformKey() {
        for (Template t : both()) {
            JsonNode db = t.resource(DB);
            assertThat(db.path("manage_master_user_password").asBoolean()).as("%s manage_master_user_password", t.environment()).isTrue();
            assertThat(db.path("master_user_secret_kms_key_id").asText()).as("%s master_user_secret_kms_key_id", t.environment()).isEqualTo(KEY_ARN);
            assertThat(db.has("password")).as("%s aws_db_instance has a password attribute", t.environment()).isFalse();
            assertThat(db.path("username").asText()).as("%s username", t.environment()).isEqualTo("dbadmin");
        }
    }

    @Test
    void noPasswordAttributeAnywhereInTheDocument() {
        for (Template t : both()) {
            List<String> keys = new ArrayList<>();
            collectKeys(t.json(), "", keys);
            assertThat(keys).as("%s: keys named like a password", t.environment())
                    .noneMatch(path -> path.substring(path.lastIndexOf('.') + 1).toLowerCase().matches("(master_)?password|.*_password_value|secret_string"));
            // Sanity: the walk did reach the DB instance's attributes.
            assertThat(keys).as("%s: key walk reached the DB instance", t.environment())
                    .contains("resource.aws_db_instance.rds_this.manage_master_user_password");
        }
    }

    @Test
    void noLiteralSecretLooksLikeItIsInTheDocument() {
        List<Pattern> secretLooking = List.of(
                Pattern.compile("AKIA[0-9A-Z]{16}"),                          // AWS access key id
                Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"),
                Pattern.compile("(?i)--password(=|\\s)"),                       // mysql client password flag
                Pattern.compile("(?i)\\bpassword\\s*[:=]\\s*['\"]?[A-Za-z0-9!@#%^&*+/]{6,}"),
                Pattern.compile("(?i)MYSQL_PWD=['\"]?[A-Za-z0-9!@#%^&*+/]"));  // a literal, not $(...)
        for (Template t : both()) {
            List<String> strings = new ArrayList<>();
            collectStrings(t.json(), strings);
            assertThat(strings).as("%s string values collected", t.environment()).isNotEmpty();
            for (Pattern pattern : secretLooking) {
                assertThat(strings).as("%s: a value matches %s", t.environment(), pattern).noneMatch(s -> pattern.matcher(s).find());
            }
        }
    }

    @Test
    void iamDatabaseAuthenticationIsOn() {
        for (Template t : both()) {
            assertThat(t.resource(DB).path("iam_database_authentication_enabled").asBoolean())
                    .as("%s iam_database_authentication_enabled", t.environment()).isTrue();
        }
    }

    @Test
    void backupRetentionFollowsTheEnvironment() {
        assertThat(dev.resource(DB).path("backup_retention_period").asInt()).as("dev backup_retention_period").isEqualTo(1);
        assertThat(prod.resource(DB).path("backup_retention_period").asInt()).as("prod backup_retention_period").isEqualTo(14);
    }

    @Test
    void parameterGroupIsMysql80AndRequiresTls() {
        for (Template t : both()) {
            JsonNode group = t.resource("aws_db_parameter_group.rds_this");
            assertThat(group.path("family").asText()).as("%s parameter group family", t.environment()).isEqualTo("mysql8.0");
            Map<String, String> parameters = new java.util.LinkedHashMap<>();
            group.path("parameter").forEach(p -> parameters.put(p.path("name").asText(), p.path("value").asText()));
            assertThat(parameters).as("%s parameters", t.environment()).containsEntry("require_secure_transport", "1");
            assertThat(t.resource(DB).path("parameter_group_name").asText()).as("%s parameter_group_name", t.environment())
                    .isEqualTo(Template.ref("aws_db_parameter_group.rds_this", "name"));
        }
    }

    @Test
    void exportsLogsIntoPreCreatedEncryptedLogGroupsWithRetention() {
        for (Template t : both()) {
            JsonNode db = t.resource(DB);
            int retention = "dev".equals(t.environment()) ? 14 : 365;
            assertThat(texts(db.path("enabled_cloudwatch_logs_exports"))).as("%s enabled_cloudwatch_logs_exports", t.environment())
                    .containsExactlyInAnyOrderElementsOf(LOGS);
            List<String> expectedDependencies = new ArrayList<>();
            for (String log : LOGS) {
                String address = "aws_cloudwatch_log_group.rds_log_" + log;
                JsonNode group = t.resource(address);
                assertThat(group.path("name").asText()).as("%s %s name", t.environment(), address)
                        .isEqualTo("/aws/rds/instance/" + t.environment() + "-mysql/" + log);
                assertThat(group.path("retention_in_days").asInt()).as("%s %s retention_in_days", t.environment(), address).isEqualTo(retention);
                assertThat(group.path("kms_key_id").asText()).as("%s %s kms_key_id", t.environment(), address).isEqualTo(KEY_ARN);
                expectedDependencies.add(address);
            }
            assertThat(texts(db.path("depends_on"))).as("%s DB depends_on", t.environment()).containsAll(expectedDependencies);
        }
    }

    @Test
    void devCanBeDestroyedWithoutSnapshot() {
        JsonNode db = dev.resource(DB);
        assertThat(db.path("deletion_protection").isBoolean()).as("dev deletion_protection set").isTrue();
        assertThat(db.path("deletion_protection").asBoolean()).as("dev deletion_protection").isFalse();
        assertThat(db.path("skip_final_snapshot").asBoolean()).as("dev skip_final_snapshot").isTrue();
        assertThat(db.has("final_snapshot_identifier")).as("dev final_snapshot_identifier present").isFalse();
        assertThat(db.path("multi_az").asBoolean(true)).as("dev multi_az").isFalse();
    }

    @Test
    void prodIsProtectedMultiAzAndTakesAFinalSnapshot() {
        JsonNode db = prod.resource(DB);
        assertThat(db.path("deletion_protection").asBoolean()).as("prod deletion_protection").isTrue();
        assertThat(db.path("skip_final_snapshot").isBoolean()).as("prod skip_final_snapshot set").isTrue();
        assertThat(db.path("skip_final_snapshot").asBoolean()).as("prod skip_final_snapshot").isFalse();
        assertThat(db.path("final_snapshot_identifier").asText()).as("prod final_snapshot_identifier").isEqualTo("prod-mysql-final");
        assertThat(db.path("multi_az").asBoolean()).as("prod multi_az").isTrue();
    }

    @Test
    void securityGroupAdmitsOnlyMysqlFromToolsHostAndGlueBySecurityGroup() {
        for (Template t : both()) {
            List<JsonNode> ingress = t.resourcesWhere("aws_vpc_security_group_ingress_rule",
                    rule -> RDS_SG.equals(rule.path("security_group_id").asText()));
            assertThat(ingress).as("%s RDS ingress rules", t.environment()).hasSize(2);
            for (JsonNode rule : ingress) {
                assertThat(rule.path("ip_protocol").asText()).as("%s RDS ingress protocol", t.environment()).isEqualTo("tcp");
                assertThat(rule.path("from_port").asInt()).as("%s RDS ingress from_port", t.environment()).isEqualTo(3306);
                assertThat(rule.path("to_port").asInt()).as("%s RDS ingress to_port", t.environment()).isEqualTo(3306);
                assertThat(rule.has("cidr_ipv4")).as("%s RDS ingress has cidr_ipv4", t.environment()).isFalse();
                assertThat(rule.has("cidr_ipv6")).as("%s RDS ingress has cidr_ipv6", t.environment()).isFalse();
                assertThat(rule.has("prefix_list_id")).as("%s RDS ingress has prefix_list_id", t.environment()).isFalse();
            }
            assertThat(ingress).extracting(rule -> rule.path("referenced_security_group_id").asText())
                    .as("%s RDS ingress sources", t.environment())
                    .containsExactlyInAnyOrder(Template.ref("aws_security_group.tools_host_sg_this", "id"),
                            Template.ref("aws_security_group.glue_sg_this", "id"));
            JsonNode group = t.resource("aws_security_group.rds_sg_this");
            assertThat(group.path("ingress").isMissingNode() || group.path("ingress").isEmpty())
                    .as("%s RDS security group has no inline ingress", t.environment()).isTrue();
        }
    }

    // --- helpers ---

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    /** {@code ${aws_subnet.<name>.id}} of every subnet whose Tier tag is {@code tier}. */
    private static List<String> subnetRefs(Template t, String tier) {
        List<String> refs = new ArrayList<>();
        t.resources("aws_subnet").forEach((name, subnet) -> {
            if (tier.equals(subnet.path("tags").path("Tier").asText())) {
                refs.add(Template.ref("aws_subnet." + name, "id"));
            }
        });
        return refs;
    }

    private static void collectKeys(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                out.add(child);
                collectKeys(field.getValue(), child, out);
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectKeys(element, path, out));
        }
    }

    private static void collectStrings(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        } else {
            node.forEach(child -> collectStrings(child, out));
        }
    }
}
