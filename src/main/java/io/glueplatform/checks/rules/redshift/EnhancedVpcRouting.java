package io.glueplatform.checks.rules.redshift;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-RS-004: Redshift clusters use enhanced VPC routing. */
@RuleInfo(id = "GLUE-RS-004", severity = Severity.ERROR, resourceTypes = "aws_redshift_cluster",
        title = "Redshift clusters use enhanced VPC routing",
        rationale = "With enhanced VPC routing COPY and UNLOAD traffic goes through the VPC (endpoints, security groups,"
                + " flow logs) instead of the public internet.",
        doc = "https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-routing.html",
        fix = "set enhanced_vpc_routing = true",
        checkov = "CKV_AWS_321")
public final class EnhancedVpcRouting implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Verdict.when(resource.bool("enhanced_vpc_routing", false), "enhanced_vpc_routing is not true");
    }
}
