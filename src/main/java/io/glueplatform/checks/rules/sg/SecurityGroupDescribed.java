package io.glueplatform.checks.rules.sg;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-SG-007: Every security group has a description of its purpose. */
@RuleInfo(id = "GLUE-SG-007", severity = Severity.ERROR, resourceTypes = "aws_security_group",
        title = "Every security group has a description of its purpose",
        rationale = "The group description is the one place that says what a group is for; Terraform's default \"Managed"
                + " by Terraform\" says nothing.",
        doc = "https://docs.aws.amazon.com/vpc/latest/userguide/security-groups.html",
        fix = "set description to what the group protects",
        trivy = "AVD-AWS-0099", cdkNag = "AwsSolutions-EC27")
public final class SecurityGroupDescribed implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        String description = resource.text("description");
        return Verdict.when(description != null && !description.isBlank() && !description.equals("Managed by Terraform"),
                "the group has no description of its own");
    }
}
