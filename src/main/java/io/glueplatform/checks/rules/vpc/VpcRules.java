package io.glueplatform.checks.rules.vpc;

import io.glueplatform.checks.RuleId;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/**
 * The rules on VPCs: one predicate per rule, bound to its id by {@link RuleId}.
 * What each rule requires, why and how to comply is data: {@code VpcRules.json} next to this class (in
 * src/main/resources); {@code RuleCatalog} pairs the two.
 */
public final class VpcRules {

    private VpcRules() {
    }

    @RuleId("GLUE-VPC-001")
    static Verdict flowLogs(Resource resource, StackModel model) {
        return Verdict.when(!model.referencing("aws_flow_log", "vpc_id", resource.address()).isEmpty(), "no aws_flow_log records this VPC's traffic");
    }
}
