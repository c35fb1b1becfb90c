package io.glueplatform.checks.rules.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;

/** GLUE-EC2-005: Instances and launch templates do not assign a public IP address. */
@RuleInfo(id = "GLUE-EC2-005", severity = Severity.ERROR, resourceTypes = {"aws_instance", "aws_launch_template"},
        title = "Instances and launch templates do not assign a public IP address",
        rationale = "A public address makes the host reachable from the internet as soon as a security group rule allows"
                + " it; hosts here sit in private subnets behind NAT.",
        doc = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html",
        fix = "set associate_public_ip_address = false and place the host in a private subnet",
        checkov = "CKV_AWS_88")
public final class NoPublicIp implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        boolean direct = resource.bool("associate_public_ip_address", false);
        boolean viaInterface = false;
        for (JsonNode nic : resource.path("network_interfaces")) {
            viaInterface |= TerraformDocument.bool(nic.path("associate_public_ip_address"), false);
        }
        return Verdict.when(!direct && !viaInterface, "associate_public_ip_address is true");
    }
}
