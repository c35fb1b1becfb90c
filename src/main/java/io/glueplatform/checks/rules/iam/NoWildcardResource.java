package io.glueplatform.checks.rules.iam;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.PolicyDocument;
import io.glueplatform.checks.model.Resource;
import java.util.ArrayList;
import java.util.List;

/** GLUE-IAM-002: IAM policies grant restrictable actions on named resources, not "*". */
@RuleInfo(id = "GLUE-IAM-002", severity = Severity.ERROR, resourceTypes = {"aws_iam_role_policy", "aws_iam_policy", "aws_iam_user_policy", "aws_iam_group_policy"},
        title = "IAM policies grant restrictable actions on named resources, not \"*\"",
        rationale = "Resource * extends an action to every resource of the account, including ones created later. Actions"
                + " that IAM cannot scope (ecr:GetAuthorizationToken, ec2:Describe*, …) are exempt.",
        doc = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html",
        fix = "name the ARNs the stack knows (bucket, key, log group, secret) instead of *",
        checkov = "CKV_AWS_355", cdkNag = "AwsSolutions-IAM5")
public final class NoWildcardResource implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        List<String> wide = new ArrayList<>();
        for (PolicyDocument.Statement s : PolicyDocument.parse(resource.path("policy")).allows()) {
            if (s.resources().contains("*")) {
                List<String> restrictable = s.actions().stream().filter(a -> !Iam.unscopedAction(a)).toList();
                if (!restrictable.isEmpty()) {
                    wide.add(s.label() + " " + restrictable);
                }
            }
        }
        return Verdict.when(wide.isEmpty(), "Resource \"*\" for restrictable actions: " + String.join("; ", wide));
    }
}
