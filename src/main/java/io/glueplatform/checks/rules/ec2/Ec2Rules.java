package io.glueplatform.checks.rules.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.checks.RuleId;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The rules on EC2 instances and launch templates: one predicate per rule, bound to its id by {@link RuleId}.
 * What each rule requires, why and how to comply is data: {@code Ec2Rules.json} next to this class (in
 * src/main/resources); {@code RuleCatalog} pairs the two.
 */
public final class Ec2Rules {

    private Ec2Rules() {
    }

    @RuleId("GLUE-EC2-001")
    static Verdict imdsV2Required(Resource resource, StackModel model) {
        return Verdict.when("required".equals(resource.block("metadata_options").path("http_tokens").asText())
                || Hosts.template(model, resource).map(t -> "required".equals(t.block("metadata_options").path("http_tokens").asText())).orElse(false),
                "http_tokens is not \"required\"");
    }

    @RuleId("GLUE-EC2-002")
    static Verdict metadataHopLimit(Resource resource, StackModel model) {
        int limit = TerraformDocument.integer(resource.block("metadata_options").path("http_put_response_hop_limit"),
                Hosts.template(model, resource).map(t -> t.block("metadata_options").path("http_put_response_hop_limit").asInt(1)).orElse(1));
        return Verdict.when(limit <= 1, "http_put_response_hop_limit is " + limit);
    }

    @RuleId("GLUE-EC2-003")
    static Verdict encryptedVolumes(Resource resource, StackModel model) {
        List<JsonNode> volumes = new ArrayList<>();
        for (String block : List.of("root_block_device", "ebs_block_device")) {
            resource.path(block).forEach(volumes::add);
            if (resource.path(block).isObject()) {
                volumes.add(resource.path(block));
            }
        }
        resource.path("block_device_mappings").forEach(m -> volumes.add(TerraformDocument.block(m.path("ebs"))));
        boolean viaTemplate = Hosts.template(model, resource).isPresent();
        if (volumes.isEmpty() && !viaTemplate) {
            return Verdict.fail("the root volume is created with the AMI's default settings, unencrypted unless the account enforces it");
        }
        List<String> plain = volumes.stream().filter(v -> !TerraformDocument.bool(v.path("encrypted"), false))
                .map(v -> v.path("device_name").asText("root volume")).toList();
        return Verdict.when(plain.isEmpty(), "unencrypted volume(s): " + plain);
    }

    @RuleId("GLUE-EC2-004")
    static Verdict noKeyPair(Resource resource, StackModel model) {
        return Verdict.when(!resource.has("key_name"), "key pair " + resource.text("key_name") + " is set");
    }

    @RuleId("GLUE-EC2-005")
    static Verdict noPublicIp(Resource resource, StackModel model) {
        boolean direct = resource.bool("associate_public_ip_address", false);
        boolean viaInterface = false;
        for (JsonNode nic : resource.path("network_interfaces")) {
            viaInterface |= TerraformDocument.bool(nic.path("associate_public_ip_address"), false);
        }
        return Verdict.when(!direct && !viaInterface, "associate_public_ip_address is true");
    }

    @RuleId("GLUE-EC2-006")
    static Verdict noSecretsInUserData(Resource resource, StackModel model) {
        String userData = resource.text("user_data");
        if (userData == null) {
            userData = resource.text("user_data_base64");
            if (userData != null && !userData.contains("${")) {
                try {
                    userData = new String(Base64.getDecoder().decode(userData), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return Verdict.notApplicable();
                }
            }
        }
        if (userData == null) {
            return Verdict.notApplicable();
        }
        List<String> found = Hosts.secretsIn(userData);
        return Verdict.when(found.isEmpty(), "user data contains " + String.join(", ", found));
    }
}
