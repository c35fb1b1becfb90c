package io.glueplatform.checks.rules.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;
import java.util.ArrayList;
import java.util.List;

/** GLUE-EC2-003: Every EBS volume of an instance or launch template is encrypted. */
@RuleInfo(id = "GLUE-EC2-003", severity = Severity.ERROR, resourceTypes = {"aws_instance", "aws_launch_template"},
        title = "Every EBS volume of an instance or launch template is encrypted",
        rationale = "An unencrypted volume and its snapshots expose everything the host wrote to disk to whoever gets a"
                + " copy.",
        doc = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/EBSEncryption.html",
        fix = "set encrypted = true (and kms_key_id) on root_block_device / ebs_block_device /"
                + " block_device_mappings.ebs",
        checkov = "CKV_AWS_8", trivy = "AVD-AWS-0131", cdkNag = "AwsSolutions-EC26")
public final class EncryptedVolumes implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
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
}
