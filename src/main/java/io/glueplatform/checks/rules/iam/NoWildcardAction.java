package io.glueplatform.checks.rules.iam;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.PolicyDocument;
import io.glueplatform.checks.model.Resource;
import java.util.List;

/** GLUE-IAM-001: IAM policies allow no action "*". */
@RuleInfo(id = "GLUE-IAM-001", severity = Severity.ERROR, resourceTypes = {"aws_iam_role_policy", "aws_iam_policy", "aws_iam_user_policy", "aws_iam_group_policy"},
        title = "IAM policies allow no action \"*\"",
        rationale = "Action * grants every current and future action of every service; least privilege names the actions.",
        doc = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
        fix = "list the actions the principal needs",
        checkov = "CKV_AWS_63")
public final class NoWildcardAction implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        List<String> wide = PolicyDocument.parse(resource.path("policy")).allows().stream()
                .filter(s -> s.actions().contains("*") || !s.notActions().isEmpty()).map(PolicyDocument.Statement::label).toList();
        return Verdict.when(wide.isEmpty(), String.join(", ", wide) + " allows every action (\"*\" or NotAction)");
    }
}
