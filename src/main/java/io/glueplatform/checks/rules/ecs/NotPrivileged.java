package io.glueplatform.checks.rules.ecs;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;
import java.util.List;

/** GLUE-ECS-004: ECS containers do not run privileged. */
@RuleInfo(id = "GLUE-ECS-004", severity = Severity.ERROR, resourceTypes = "aws_ecs_task_definition",
        title = "ECS containers do not run privileged",
        rationale = "A privileged container has root on the host and every device; it breaks the isolation between tasks.",
        doc = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-tasks-containers.html",
        fix = "remove privileged (or set it to false)")
public final class NotPrivileged implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        List<String> failing = Containers.named(resource, c -> TerraformDocument.bool(c.path("privileged"), false));
        return Verdict.when(failing.isEmpty(), "privileged container(s): " + failing);
    }
}
