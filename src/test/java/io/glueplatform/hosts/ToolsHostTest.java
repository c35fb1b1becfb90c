package io.glueplatform.hosts;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.config.ToolsHostConfig;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Session Manager tools host: hardened instance, no inbound, a connect script without a password. */
class ToolsHostTest {

    private static final String HOST = "aws_instance.ec2_tools_host";
    private static final String TEMPLATE = "aws_launch_template.ec2_tools_host";
    private static final String HOST_SG = Template.ref("aws_security_group.tools_host_sg_this", "id");
    private static final String KEY_ARN = Template.ref("aws_kms_key.kms_this", "arn");
    private static final String EXPLICIT_AMI = "ami-0123456789abcdef0";

    private static Template dev;
    private static Template prod;
    private static Template explicitAmi;
    private static Template publicPlacement;
    private static Template disabled;

    @BeforeAll
    static void synth() {
        dev = SynthFixture.synth("dev");
        prod = SynthFixture.synth("prod");
        explicitAmi = SynthFixture.variant("dev", ConfigFixtures.put("/toolsHost/amiId", EXPLICIT_AMI));
        publicPlacement = SynthFixture.variant("dev", ConfigFixtures.put("/toolsHost/placement", "PUBLIC"));
        disabled = SynthFixture.variant("dev", ConfigFixtures.put("/toolsHost/enabled", false));
    }

    private static List<Template> both() {
        return List.of(dev, prod);
    }

    @Test
    void hasNoKeyPair() {
        for (Template t : both()) {
            JsonNode host = t.resource(HOST);
            assertThat(host.has("key_name")).as("%s tools host key_name", t.environment()).isFalse();
            assertThat(t.count("aws_key_pair")).as("%s aws_key_pair resources", t.environment()).isZero();
        }
    }

    @Test
    void requiresImdsV2WithHopLimitOne() {
        for (Template t : both()) {
            JsonNode metadata = t.resource(HOST).path("metadata_options");
            assertThat(metadata.path("http_tokens").asText()).as("%s http_tokens", t.environment()).isEqualTo("required");
            assertThat(metadata.path("http_put_response_hop_limit").asInt()).as("%s hop limit", t.environment()).isEqualTo(1);
            assertThat(metadata.path("http_endpoint").asText()).as("%s http_endpoint", t.environment()).isEqualTo("enabled");
        }
    }

    @Test
    void rootVolumeIsEncryptedGp3WithThePlatformKey() {
        for (Template t : both()) {
            JsonNode mapping = t.resource(TEMPLATE).path("block_device_mappings").get(0);
            JsonNode root = mapping.path("ebs");
            assertThat(mapping.path("device_name").asText()).as("%s root device", t.environment()).isEqualTo("/dev/xvda");
            assertThat(root.path("encrypted").asText()).as("%s root volume encrypted", t.environment()).isEqualTo("true");
            assertThat(root.path("volume_type").asText()).as("%s root volume type", t.environment()).isEqualTo("gp3");
            assertThat(root.path("volume_size").asInt()).as("%s root volume size", t.environment()).isEqualTo(20);
            assertThat(root.path("kms_key_id").asText()).as("%s root volume kms_key_id", t.environment()).isEqualTo(KEY_ARN);
            // root_block_device next to a resolve:ssm: image breaks aws_instance (provider #43488).
            assertThat(t.resource(HOST).has("root_block_device")).as("%s instance-level root_block_device", t.environment()).isFalse();
        }
    }

    @Test
    void launchTemplateAlsoRequiresImdsV2() {
        JsonNode metadata = dev.resource(TEMPLATE).path("metadata_options");
        assertThat(metadata.path("http_tokens").asText()).isEqualTo("required");
        assertThat(metadata.path("http_put_response_hop_limit").asInt()).isEqualTo(1);
    }

    @Test
    void runsInAPrivateSubnetWithoutPublicIpByDefault() {
        for (Template t : both()) {
            JsonNode host = t.resource(HOST);
            String subnetRef = host.path("subnet_id").asText();
            assertThat(subnetRef).as("%s tools host subnet", t.environment()).isEqualTo(Template.ref("aws_subnet.vpc_private_a", "id"));
            assertThat(tierOf(t, subnetRef)).as("%s tier of the tools host subnet", t.environment()).isEqualTo("private");
            assertThat(host.path("associate_public_ip_address").isBoolean()).as("%s associate_public_ip_address set", t.environment()).isTrue();
            assertThat(host.path("associate_public_ip_address").asBoolean()).as("%s associate_public_ip_address", t.environment()).isFalse();
        }
    }

    @Test
    void hasTheSessionManagerInstanceProfile() {
        for (Template t : both()) {
            assertThat(t.resource(HOST).path("iam_instance_profile").asText()).as("%s iam_instance_profile", t.environment())
                    .isEqualTo(Template.ref("aws_iam_instance_profile.iam_tools_host", "name"));
            assertThat(t.resource("aws_iam_instance_profile.iam_tools_host").path("role").asText())
                    .as("%s instance profile role", t.environment()).isEqualTo(Template.ref("aws_iam_role.iam_tools_host", "name"));
        }
    }

    @Test
    void securityGroupHasNoIngressRuleAtAll() {
        for (Template t : List.of(dev, prod, publicPlacement)) {
            JsonNode host = t.resource(HOST);
            List<String> groups = texts(host.path("vpc_security_group_ids"));
            assertThat(groups).as("%s tools host security groups", t.environment()).containsExactly(HOST_SG);
            assertThat(t.resourcesWhere("aws_vpc_security_group_ingress_rule", rule -> HOST_SG.equals(rule.path("security_group_id").asText())))
                    .as("%s ingress rules on the tools host security group", t.environment()).isEmpty();
            JsonNode group = t.resource("aws_security_group.tools_host_sg_this");
            assertThat(group.path("ingress").isMissingNode() || group.path("ingress").isEmpty())
                    .as("%s inline ingress on the tools host security group", t.environment()).isTrue();
            // Sanity: the group exists with its rules as separate resources (egress does), so the filter above can match.
            assertThat(t.resourcesWhere("aws_vpc_security_group_egress_rule", rule -> HOST_SG.equals(rule.path("security_group_id").asText())))
                    .as("%s egress rules on the tools host security group", t.environment()).isNotEmpty();
        }
    }

    @Test
    void userDataWritesAConnectScriptThatFetchesTheSecretAndVerifiesTheServer() {
        String secretRef = Template.ref("aws_db_instance.rds_this", "master_user_secret[0].secret_arn");
        for (Template t : both()) {
            String userData = t.resource(HOST).path("user_data").asText();
            assertThat(userData).as("%s user_data", t.environment())
                    .startsWith("#!/bin/bash")
                    .contains("/home/ssm-user/connect_to_rds.sh")
                    .contains("aws secretsmanager get-secret-value")
                    .contains("--secret-id '" + secretRef + "'")
                    .contains("--host=" + Template.ref("aws_db_instance.rds_this", "address"))
                    .contains("--ssl-verify-server-cert");
        }
    }

    @Test
    void userDataContainsNoPassword() {
        for (Template t : both()) {
            String userData = t.resource(HOST).path("user_data").asText();
            assertThat(userData).as("%s user_data", t.environment())
                    .doesNotContainIgnoringCase("--password")
                    .doesNotContainPattern("(?m)mysql\\b[^\\n]*\\s-p\\S")        // mysql -pSECRET
                    .doesNotContainPattern("MYSQL_PWD=(?!\\$\\()")                 // only ever from $(jq ... secret)
                    .doesNotContainPattern("(?i)password\\s*=\\s*['\"]?\\w");
            // The password is read from the fetched secret at run time.
            assertThat(userData).as("%s user_data reads the password from the secret", t.environment())
                    .contains("MYSQL_PWD=$(jq -r .password <<<\"$secret\")");
        }
    }

    @Test
    void defaultImageIsTheSsmParameterResolvedByTheLaunchTemplate() {
        assertThat(dev.resource(TEMPLATE).path("image_id").asText()).as("dev image")
                .isEqualTo(ToolsHostConfig.AL2023_SSM_IMAGE).startsWith("resolve:ssm:");
        JsonNode host = dev.resource(HOST);
        assertThat(host.has("ami")).as("the instance takes its image from the template").isFalse();
        assertThat(host.path("launch_template").path("id").asText()).isEqualTo(Template.ref(TEMPLATE, "id"));
        assertThat(host.path("launch_template").path("version").asText()).isEqualTo(Template.ref(TEMPLATE, "latest_version"));
    }

    @Test
    void explicitAmiIdGoesIntoTheTemplate() {
        assertThat(explicitAmi.resource(TEMPLATE).path("image_id").asText()).as("variant image").isEqualTo(EXPLICIT_AMI);
        assertThat(explicitAmi.resource(HOST).path("lifecycle").path("ignore_changes").isMissingNode()).isTrue();
    }

    @Test
    void publicPlacementUsesAPublicSubnetAndPublicIpButStillNoIngress() {
        JsonNode host = publicPlacement.resource(HOST);
        String subnetRef = host.path("subnet_id").asText();
        assertThat(subnetRef).as("public variant subnet").isEqualTo(Template.ref("aws_subnet.vpc_public_a", "id"));
        assertThat(tierOf(publicPlacement, subnetRef)).as("public variant subnet tier").isEqualTo("public");
        assertThat(host.path("associate_public_ip_address").asBoolean()).as("public variant associate_public_ip_address").isTrue();
        assertThat(publicPlacement.resourcesWhere("aws_vpc_security_group_ingress_rule",
                rule -> HOST_SG.equals(rule.path("security_group_id").asText())))
                .as("public variant ingress on the tools host SG").isEmpty();
        assertThat(publicPlacement.resourcesWhere("aws_vpc_security_group_ingress_rule",
                rule -> rule.path("from_port").asInt(-1) <= 22 && rule.path("to_port").asInt(-1) >= 22
                        // Glue's self rule spans every TCP port but admits only its own members.
                        && !rule.path("security_group_id").asText().equals(rule.path("referenced_security_group_id").asText())))
                .as("public variant: a rule opening port 22 to another source").isEmpty();
    }

    @Test
    void outputsTheInstanceIdAndTheSessionCommand() {
        for (Template t : both()) {
            JsonNode outputs = t.outputs();
            assertThat(outputs.path("tools_host_instance_id").path("value").asText()).as("%s tools_host_instance_id", t.environment())
                    .isEqualTo(Template.ref(HOST, "id"));
            assertThat(outputs.path("tools_host_session_command").path("value").asText()).as("%s tools_host_session_command", t.environment())
                    .contains("aws ssm start-session --target")
                    .contains("aws ssm start-session --target " + Template.ref(HOST, "id"))
                    .contains("--region us-east-2");
        }
    }

    @Test
    void disablingTheHostRemovesTheInstanceAndItsOutputs() {
        assertThat(dev.resources("aws_instance")).as("dev instances").containsKey("ec2_tools_host");
        assertThat(disabled.resources("aws_instance")).as("disabled variant instances").doesNotContainKey("ec2_tools_host");
        assertThat(disabled.outputs().has("tools_host_instance_id")).as("disabled variant tools_host_instance_id output").isFalse();
        assertThat(disabled.outputs().has("tools_host_session_command")).as("disabled variant tools_host_session_command output").isFalse();
        assertThat(disabled.resourcesWhere("aws_vpc_security_group_ingress_rule",
                rule -> HOST_SG.equals(rule.path("referenced_security_group_id").asText())))
                .as("disabled variant: rules admitting the tools host SG").isEmpty();
        // The component owns its role and profile: without the host there is no orphan role left behind.
        assertThat(disabled.resources("aws_iam_role")).as("disabled variant roles").doesNotContainKey("iam_tools_host");
        assertThat(disabled.resources("aws_iam_instance_profile")).as("disabled variant profiles").doesNotContainKey("iam_tools_host");
        assertThat(disabled.resources("aws_security_group")).as("disabled variant groups").doesNotContainKey("tools_host_sg_this");
    }

    // --- helpers ---

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    /** The Tier tag of the subnet a {@code ${aws_subnet.<name>.id}} reference points to. */
    private static String tierOf(Template t, String subnetRef) {
        assertThat(subnetRef).as("subnet reference").matches("\\$\\{aws_subnet\\.[a-z0-9_]+\\.id}");
        String name = subnetRef.substring("${aws_subnet.".length(), subnetRef.length() - ".id}".length());
        return t.resource("aws_subnet." + name).path("tags").path("Tier").asText();
    }
}
