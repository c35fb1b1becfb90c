package io.glueplatform.hosts;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.testing.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Kubernetes and monitoring hosts: private, Session Manager only, encrypted, IMDSv2, passwords made at first boot. */
class ServiceHostsTest {

    private static final String KEY = Template.ref("aws_kms_key.kms_this", "arn");

    private static Template both;
    private static Template none;

    @BeforeAll
    static void synth() {
        both = SynthFixture.variant("dev", ConfigFixtures.put("/services/kubernetesHost", true)
                .andThen(ConfigFixtures.put("/services/monitoringHost", true)));
        none = SynthFixture.variant("dev", ConfigFixtures.put("/services/kubernetesHost", false)
                .andThen(ConfigFixtures.put("/services/monitoringHost", false)));
    }

    private static String userData(String role) {
        return both.resource("aws_instance.hosts_" + role).path("user_data").asText();
    }

    @Test
    void eachHostIsPrivateWithoutKeyPairBehindItsRoleGroup() {
        for (String role : List.of("kubernetes", "monitoring")) {
            JsonNode instance = both.resource("aws_instance.hosts_" + role);
            assertThat(instance.path("instance_type").asText()).as(role).isEqualTo("t3.small");
            assertThat(instance.path("associate_public_ip_address").asBoolean()).as(role).isFalse();
            assertThat(instance.has("key_name")).as("%s key pair", role).isFalse();
            assertThat(instance.path("subnet_id").asText()).as(role).isEqualTo(Template.ref("aws_subnet.vpc_private_a", "id"));
            assertThat(instance.path("vpc_security_group_ids").toString()).as(role)
                    .isEqualTo("[\"" + Template.ref("aws_security_group." + role + "_sg_this", "id") + "\"]");
            assertThat(instance.path("iam_instance_profile").asText()).isEqualTo(Template.ref("aws_iam_instance_profile.hosts_" + role, "name"));
            JsonNode metadata = instance.path("metadata_options");
            assertThat(metadata.path("http_tokens").asText()).as("%s IMDSv2", role).isEqualTo("required");
            assertThat(metadata.path("http_put_response_hop_limit").asInt()).isEqualTo(1);
        }
    }

    @Test
    void rootVolumeIsEncryptedGp3FromTheLaunchTemplate() {
        for (String role : List.of("kubernetes", "monitoring")) {
            JsonNode template = both.resource("aws_launch_template.hosts_" + role);
            assertThat(template.path("image_id").asText()).startsWith("resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023");
            JsonNode ebs = template.path("block_device_mappings").get(0).path("ebs");
            assertThat(ebs.path("volume_type").asText()).isEqualTo("gp3");
            assertThat(ebs.path("volume_size").asInt()).isEqualTo(20);
            assertThat(ebs.path("encrypted").asText()).isEqualTo("true");
            assertThat(ebs.path("kms_key_id").asText()).isEqualTo(KEY);
            assertThat(template.path("metadata_options").path("http_tokens").asText()).isEqualTo("required");
            assertThat(both.resource("aws_instance.hosts_" + role).has("root_block_device")).isFalse();
        }
    }

    @Test
    void rolesHaveSessionManagerAndOnlyTheirOwnSecret() {
        assertThat(both.resources("aws_iam_role_policy_attachment").values())
                .filteredOn(a -> a.path("role").asText().contains("_host"))
                .extracting(a -> a.path("policy_arn").asText())
                .containsOnly("arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore");
        assertThat(both.resources("aws_iam_role_policy")).containsKeys("iam_kubernetes_host_argocd_admin_put",
                "iam_monitoring_host_grafana_admin_put", "iam_monitoring_host_cloudwatch_read");
        assertThat(both.resources("aws_iam_role_policy").entrySet())
                .filteredOn(e -> e.getKey().startsWith("iam_kubernetes_host") || e.getKey().startsWith("iam_monitoring_host"))
                .allSatisfy(e -> assertThat(e.getValue().path("policy").asText()).doesNotContain("GetSecretValue"));
    }

    @Test
    void kubernetesUserDataInstallsTheSeedStackAndStoresAGeneratedPassword() {
        String script = userData("kubernetes");
        assertThat(script).contains("dnf install -y docker", "minikube start --driver=docker --memory=1536 --cpus=1",
                "get-helm-3", "argo-cd/stable/manifests/install.yaml", "\"nodePort\":30080",
                "openssl rand", "put-secret-value", "--secret-string \"file://$file\"", "shred -u",
                "${aws_secretsmanager_secret.secrets_argocd_admin.arn}");
    }

    @Test
    void monitoringUserDataRunsEveryToolWithTheSeedPorts() {
        String script = userData("monitoring");
        assertThat(script).contains("prom/prometheus", "grafana/grafana", "elasticsearch/elasticsearch", "logstash/logstash",
                "kibana/kibana", "jaegertracing/all-in-one", "prom/pushgateway", "prom/cloudwatch-exporter", "prom/node-exporter",
                "cadvisor", "-Xms256m -Xmx256m", "GF_SECURITY_ADMIN_PASSWORD=%s", "put-secret-value",
                "${aws_secretsmanager_secret.secrets_grafana_admin.arn}");
        for (String port : List.of("'9090:9090'", "'9091:9091'", "'3000:3000'", "9200:9200", "'5044:5044'", "'5601:5601'",
                "'16686:16686'", "'8080:8080'")) {
            assertThat(script).as("published port %s", port).contains(port);
        }
        assertThat(script).contains("region: us-east-2", "host.docker.internal:9100", "host.docker.internal:9106");
    }

    @Test
    void userDataHasNoAccidentalTerraformInterpolationAndFitsEc2sLimit() {
        for (String role : List.of("kubernetes", "monitoring")) {
            String script = userData(role);
            String withoutReferences = script.replaceAll("\\$\\{aws_secretsmanager_secret\\.secrets_[a-z_]+\\.arn}", "");
            assertThat(withoutReferences).as("%s: ${ would be interpolated by Terraform", role).doesNotContain("${");
            assertThat(withoutReferences).as("%s: %%{ would be a Terraform directive", role).doesNotContain("%{");
            assertThat(script.length()).as("%s user data bytes", role).isLessThan(16 * 1024);
            assertThat(script).startsWith("#!/bin/bash\n");
        }
    }

    @Test
    void outputsGiveSessionManagerCommandsNotSshOrPublicUrls() {
        assertThat(both.outputs().path("kubernetes_host_session_command").path("value").asText())
                .isEqualTo("aws ssm start-session --target " + Template.ref("aws_instance.hosts_kubernetes", "id") + " --region us-east-2");
        assertThat(both.outputs().path("grafana_port_forward_command").path("value").asText())
                .contains("AWS-StartPortForwardingSession", "portNumber=3000");
        assertThat(both.outputs().path("argocd_port_forward_command").path("value").asText()).contains("portNumber=30080");
        assertThat(both.outputs().toString()).doesNotContain("ssh ", "http://" + "${");
    }

    @Test
    void switchesRemoveTheHostsTheirRolesSecretsAndOutputs() {
        assertThat(none.resources("aws_instance")).doesNotContainKeys("hosts_kubernetes", "hosts_monitoring");
        assertThat(none.resources("aws_iam_role")).doesNotContainKeys("iam_kubernetes_host", "iam_monitoring_host");
        assertThat(none.resources("aws_secretsmanager_secret")).doesNotContainKeys("secrets_argocd_admin", "secrets_grafana_admin");
        assertThat(none.outputs().has("kubernetes_host_instance_id")).isFalse();
        assertThat(none.outputs().has("monitoring_host_instance_id")).isFalse();
        Template prod = SynthFixture.synth("prod");
        assertThat(prod.resource("aws_instance.hosts_monitoring").path("instance_type").asText()).isEqualTo("t3.medium");
        assertThat(prod.resource("aws_launch_template.hosts_monitoring").path("block_device_mappings").get(0)
                .path("ebs").path("volume_size").asInt()).isEqualTo(50);
    }
}
