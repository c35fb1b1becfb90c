package io.glueplatform.checks.rules.ec2;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-EC2-004: Instances and launch templates have no SSH key pair. */
@RuleInfo(id = "GLUE-EC2-004", severity = Severity.ERROR, resourceTypes = {"aws_instance", "aws_launch_template"},
        title = "Instances and launch templates have no SSH key pair",
        rationale = "A key pair is a long-lived credential outside IAM that cannot be audited per person; Session Manager"
                + " gives shell access through IAM with a log.",
        doc = "https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html",
        fix = "remove key_name and connect with Session Manager")
public final class NoKeyPair implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Verdict.when(!resource.has("key_name"), "key pair " + resource.text("key_name") + " is set");
    }
}
