package io.glueplatform.checks.rules.ecs;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;
import java.util.List;

/** GLUE-ECS-003: ECS containers have a read-only root filesystem. */
@RuleInfo(id = "GLUE-ECS-003", severity = Severity.ERROR, resourceTypes = "aws_ecs_task_definition",
        title = "ECS containers have a read-only root filesystem",
        rationale = "A read-only root filesystem stops an intruder from changing the container's binaries or dropping"
                + " tools; scratch space is a mounted volume.",
        doc = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-tasks-containers.html",
        fix = "set readonlyRootFilesystem = true and mount a volume for scratch space",
        checkov = "CKV_AWS_336")
public final class ReadOnlyRootFilesystem implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        List<String> failing = Containers.named(resource, c -> !TerraformDocument.bool(c.path("readonlyRootFilesystem"), false));
        return Verdict.when(failing.isEmpty(), "container(s) with a writable root filesystem: " + failing);
    }
}
