package io.glueplatform.checks.rules.ec2;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;

/** GLUE-EC2-002: Instance metadata answers one network hop only (http_put_response_hop_limit = 1). */
@RuleInfo(id = "GLUE-EC2-002", severity = Severity.ERROR, resourceTypes = {"aws_instance", "aws_launch_template"},
        title = "Instance metadata answers one network hop only (http_put_response_hop_limit = 1)",
        rationale = "A hop limit above 1 lets containers and forwarded traffic on the host reach the metadata service and"
                + " the instance role's credentials.",
        doc = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html",
        fix = "set metadata_options { http_put_response_hop_limit = 1 }",
        checkov = "CKV_AWS_341")
public final class MetadataHopLimit implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        int limit = TerraformDocument.integer(resource.block("metadata_options").path("http_put_response_hop_limit"),
                Hosts.template(model, resource).map(t -> t.block("metadata_options").path("http_put_response_hop_limit").asInt(1)).orElse(1));
        return Verdict.when(limit <= 1, "http_put_response_hop_limit is " + limit);
    }
}
