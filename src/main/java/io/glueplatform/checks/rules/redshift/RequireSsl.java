package io.glueplatform.checks.rules.redshift;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-RS-006: Redshift parameter groups require SSL. */
@RuleInfo(id = "GLUE-RS-006", severity = Severity.ERROR, resourceTypes = "aws_redshift_parameter_group",
        title = "Redshift parameter groups require SSL",
        rationale = "Redshift accepts plaintext connections unless require_ssl is true in the cluster's parameter group.",
        doc = "https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html",
        fix = "add parameter { name = require_ssl, value = true }",
        checkov = "CKV_AWS_105", cdkNag = "AwsSolutions-RS1")
public final class RequireSsl implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        boolean ssl = false;
        for (JsonNode p : resource.path("parameter")) {
            ssl |= "require_ssl".equals(p.path("name").asText()) && "true".equalsIgnoreCase(p.path("value").asText());
        }
        return Verdict.when(ssl, "require_ssl is not true");
    }
}
