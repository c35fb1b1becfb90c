package io.glueplatform.checks.rules.kms;

import io.glueplatform.checks.RuleId;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.PolicyDocument;
import io.glueplatform.checks.model.Resource;
import java.util.List;

/**
 * The rules on KMS keys: one predicate per rule, bound to its id by {@link RuleId}.
 * What each rule requires, why and how to comply is data: {@code KmsRules.json} next to this class (in
 * src/main/resources); {@code RuleCatalog} pairs the two.
 */
public final class KmsRules {

    private KmsRules() {
    }

    @RuleId("GLUE-KMS-001")
    static Verdict keyRotation(Resource resource, StackModel model) {
        String spec = resource.text("customer_master_key_spec");
        if (spec != null && !spec.equals("SYMMETRIC_DEFAULT")) {
            return Verdict.notApplicable();
        }
        return Verdict.whenTrue(resource, "enable_key_rotation");
    }

    @RuleId("GLUE-KMS-002")
    static Verdict keyPolicyNoWildcardPrincipal(Resource resource, StackModel model) {
        List<String> open = PolicyDocument.parse(resource.path("policy")).allows().stream()
                .filter(s -> s.anyPrincipal() && !s.conditional()).map(PolicyDocument.Statement::label).toList();
        return Verdict.when(open.isEmpty(), String.join(", ", open) + " allows Principal * without a condition");
    }
}
