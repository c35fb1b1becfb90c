package io.glueplatform.checks.rules.ec2;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-EC2-001: Instances and launch templates require IMDSv2 (http_tokens = required). */
@RuleInfo(id = "GLUE-EC2-001", severity = Severity.ERROR, resourceTypes = {"aws_instance", "aws_launch_template"},
        title = "Instances and launch templates require IMDSv2 (http_tokens = required)",
        rationale = "IMDSv1 answers any request from the instance, so an SSRF bug in any process leaks the role's"
                + " credentials; IMDSv2 needs a session token.",
        doc = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
        fix = "set metadata_options { http_tokens = \"required\" }",
        checkov = "CKV_AWS_79", trivy = "AVD-AWS-0028")
public final class ImdsV2Required implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Verdict.when("required".equals(resource.block("metadata_options").path("http_tokens").asText())
                || Hosts.template(model, resource).map(t -> "required".equals(t.block("metadata_options").path("http_tokens").asText())).orElse(false),
                "http_tokens is not \"required\"");
    }
}
