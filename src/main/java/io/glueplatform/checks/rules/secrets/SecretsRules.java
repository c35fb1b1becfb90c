package io.glueplatform.checks.rules.secrets;

import io.glueplatform.checks.RuleId;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/**
 * The rules on Secrets Manager secrets: one predicate per rule, bound to its id by {@link RuleId}.
 * What each rule requires, why and how to comply is data: {@code SecretsRules.json} next to this class (in
 * src/main/resources); {@code RuleCatalog} pairs the two.
 */
public final class SecretsRules {

    private SecretsRules() {
    }

    @RuleId("GLUE-SM-001")
    static Verdict secretCustomerKey(Resource resource, StackModel model) {
        return Verdict.when(resource.has("kms_key_id") && !resource.text("kms_key_id").endsWith("alias/aws/secretsmanager"), "kms_key_id is not a customer key");
    }
}
