package io.glueplatform.checks.rules.iam;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.PolicyDocument;
import io.glueplatform.checks.model.Resource;
import java.util.List;

/** GLUE-IAM-004: Role trust policies name who may assume the role. */
@RuleInfo(id = "GLUE-IAM-004", severity = Severity.ERROR, resourceTypes = "aws_iam_role",
        title = "Role trust policies name who may assume the role",
        rationale = "A trust policy for Principal * lets any AWS account assume the role (unless a condition narrows it);"
                + " a role is assumed by named services or principals.",
        doc = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html",
        fix = "name the service (e.g. glue.amazonaws.com) or account principal in the trust policy",
        checkov = "CKV_AWS_60")
public final class TrustPolicyScoped implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        PolicyDocument trust = PolicyDocument.parse(resource.path("assume_role_policy"));
        if (!trust.literal()) {
            return Verdict.notApplicable();
        }
        List<String> open = trust.allows().stream().filter(s -> s.anyPrincipal() && !s.conditional()).map(PolicyDocument.Statement::label).toList();
        return Verdict.when(open.isEmpty(), String.join(", ", open) + " lets any principal assume the role");
    }
}
