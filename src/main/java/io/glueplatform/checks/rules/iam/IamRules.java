package io.glueplatform.checks.rules.iam;

import io.glueplatform.checks.RuleId;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.PolicyDocument;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules on IAM roles and policies: one predicate per rule, bound to its id by {@link RuleId}.
 * What each rule requires, why and how to comply is data: {@code IamRules.json} next to this class (in
 * src/main/resources); {@code RuleCatalog} pairs the two.
 */
public final class IamRules {

    private IamRules() {
    }

    @RuleId("GLUE-IAM-001")
    static Verdict noWildcardAction(Resource resource, StackModel model) {
        List<String> wide = PolicyDocument.parse(resource.path("policy")).allows().stream()
                .filter(s -> s.actions().contains("*") || !s.notActions().isEmpty()).map(PolicyDocument.Statement::label).toList();
        return Verdict.when(wide.isEmpty(), String.join(", ", wide) + " allows every action (\"*\" or NotAction)");
    }

    @RuleId("GLUE-IAM-002")
    static Verdict noWildcardResource(Resource resource, StackModel model) {
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

    @RuleId("GLUE-IAM-003")
    static Verdict noAdministratorAccess(Resource resource, StackModel model) {
        List<String> arns = new ArrayList<>();
        if (resource.has("policy_arn")) {
            arns.add(resource.text("policy_arn"));
        }
        arns.addAll(TerraformDocument.texts(resource.path("managed_policy_arns")));
        return Verdict.when(arns.stream().noneMatch(a -> a.endsWith(":policy/AdministratorAccess")), "AdministratorAccess is attached");
    }

    @RuleId("GLUE-IAM-004")
    static Verdict trustPolicyScoped(Resource resource, StackModel model) {
        PolicyDocument trust = PolicyDocument.parse(resource.path("assume_role_policy"));
        if (!trust.literal()) {
            return Verdict.notApplicable();
        }
        List<String> open = trust.allows().stream().filter(s -> s.anyPrincipal() && !s.conditional()).map(PolicyDocument.Statement::label).toList();
        return Verdict.when(open.isEmpty(), String.join(", ", open) + " lets any principal assume the role");
    }
}
