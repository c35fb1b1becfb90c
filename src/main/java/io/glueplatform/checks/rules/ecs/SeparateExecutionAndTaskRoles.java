package io.glueplatform.checks.rules.ecs;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-ECS-002: ECS task definitions use different execution and task roles. */
@RuleInfo(id = "GLUE-ECS-002", severity = Severity.ERROR, resourceTypes = "aws_ecs_task_definition",
        title = "ECS task definitions use different execution and task roles",
        rationale = "The execution role pulls images and reads the task's secrets; the task role is what the application"
                + " code may do. One role for both gives the code the agent's rights.",
        doc = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html",
        fix = "give the task its own task_role_arn, distinct from execution_role_arn",
        checkov = "CKV_AWS_249")
public final class SeparateExecutionAndTaskRoles implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        String execution = resource.text("execution_role_arn");
        String task = resource.text("task_role_arn");
        return Verdict.when(execution == null || task == null || !execution.equals(task), "execution_role_arn and task_role_arn are the same role");
    }
}
