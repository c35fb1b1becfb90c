package io.glueplatform.checks.rules.logs;

import io.glueplatform.checks.RuleId;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/**
 * The rules on CloudWatch log groups: one predicate per rule, bound to its id by {@link RuleId}.
 * What each rule requires, why and how to comply is data: {@code LogsRules.json} next to this class (in
 * src/main/resources); {@code RuleCatalog} pairs the two.
 */
public final class LogsRules {

    private LogsRules() {
    }

    @RuleId("GLUE-LOG-001")
    static Verdict logGroupEncrypted(Resource resource, StackModel model) {
        return Verdict.when(resource.has("kms_key_id"), "kms_key_id is not set");
    }

    @RuleId("GLUE-LOG-002")
    static Verdict logGroupRetention(Resource resource, StackModel model) {
        return Verdict.when(resource.integer("retention_in_days", 0) > 0, "retention_in_days is not set (logs never expire)");
    }
}
