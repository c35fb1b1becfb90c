package io.glueplatform.checks.rules.iam;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;
import java.util.ArrayList;
import java.util.List;

/** GLUE-IAM-003: No role, user or group has the AdministratorAccess managed policy. */
@RuleInfo(id = "GLUE-IAM-003", severity = Severity.ERROR, resourceTypes = {"aws_iam_role_policy_attachment", "aws_iam_policy_attachment", "aws_iam_user_policy_attachment", "aws_iam_group_policy_attachment", "aws_iam_role"},
        title = "No role, user or group has the AdministratorAccess managed policy",
        rationale = "AdministratorAccess is every permission on every resource; no platform workload needs it.",
        doc = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html",
        fix = "attach a policy with the actions the principal needs",
        checkov = "CKV_AWS_274")
public final class NoAdministratorAccess implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        List<String> arns = new ArrayList<>();
        if (resource.has("policy_arn")) {
            arns.add(resource.text("policy_arn"));
        }
        arns.addAll(TerraformDocument.texts(resource.path("managed_policy_arns")));
        return Verdict.when(arns.stream().noneMatch(a -> a.endsWith(":policy/AdministratorAccess")), "AdministratorAccess is attached");
    }
}
