package io.glueplatform.checks.rules.ecs;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;
import java.util.List;

/** GLUE-ECS-006: ECS containers send their logs somewhere (logConfiguration). */
@RuleInfo(id = "GLUE-ECS-006", severity = Severity.ERROR, resourceTypes = "aws_ecs_task_definition",
        title = "ECS containers send their logs somewhere (logConfiguration)",
        rationale = "Without a log driver a container's output is lost when the task stops, and with it the evidence of"
                + " what went wrong.",
        doc = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html",
        fix = "set logConfiguration with the awslogs driver and a KMS-encrypted log group",
        cdkNag = "AwsSolutions-ECS7")
public final class ContainerLogging implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        List<String> failing = Containers.named(resource, c -> c.path("logConfiguration").path("logDriver").asText("").isBlank());
        return Verdict.when(failing.isEmpty(), "container(s) without logConfiguration: " + failing);
    }
}
