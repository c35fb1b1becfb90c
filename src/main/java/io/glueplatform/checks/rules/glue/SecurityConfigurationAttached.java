package io.glueplatform.checks.rules.glue;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-GLUE-001: Every Glue job and crawler runs with a security configuration. */
@RuleInfo(id = "GLUE-GLUE-001", severity = Severity.ERROR, resourceTypes = {"aws_glue_job", "aws_glue_crawler"},
        title = "Every Glue job and crawler runs with a security configuration",
        rationale = "Without a security configuration Glue writes job output, logs and bookmarks with no customer key at"
                + " all.",
        doc = "https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html",
        fix = "set security_configuration to the environment's aws_glue_security_configuration",
        checkov = "CKV_AWS_195")
public final class SecurityConfigurationAttached implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Verdict.when(resource.has("security_configuration") && !resource.text("security_configuration").isBlank(), "no security_configuration");
    }
}
