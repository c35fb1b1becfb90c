package io.glueplatform.checks.rules.kms;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.PolicyDocument;
import io.glueplatform.checks.model.Resource;
import java.util.List;

/** GLUE-KMS-002: KMS key policies allow nothing to the principal * without a condition. */
@RuleInfo(id = "GLUE-KMS-002", severity = Severity.ERROR, resourceTypes = "aws_kms_key",
        title = "KMS key policies allow nothing to the principal * without a condition",
        rationale = "A key policy statement for Principal * lets any AWS principal use the key unless a condition narrows"
                + " it.",
        doc = "https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html",
        fix = "name the account root, roles or services, or add a condition (kms:CallerAccount, kms:ViaService)",
        checkov = "CKV_AWS_33")
public final class KeyPolicyNoWildcardPrincipal implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        List<String> open = PolicyDocument.parse(resource.path("policy")).allows().stream()
                .filter(s -> s.anyPrincipal() && !s.conditional()).map(PolicyDocument.Statement::label).toList();
        return Verdict.when(open.isEmpty(), String.join(", ", open) + " allows Principal * without a condition");
    }
}
