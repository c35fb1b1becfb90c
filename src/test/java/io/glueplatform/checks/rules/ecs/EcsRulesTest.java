package io.glueplatform.checks.rules.ecs;

import static io.glueplatform.checks.Tf.rule;
import io.glueplatform.checks.Tf;
import org.junit.jupiter.api.Test;

class EcsRulesTest {

    private static final String T = "aws_ecs_task_definition.t";

    private static Tf task(String container, String roles) {
        return Tf.doc().resource("aws_ecs_task_definition", "t", "{'container_definitions': '[" + container.replace("'", "\\'") + "]'" + roles + "}");
    }

    private static final String GOOD = "{'name': 'app', 'readonlyRootFilesystem': true, 'environment': [{'name': 'REGION', 'value': 'us-east-2'}],"
            + " 'secrets': [{'name': 'DB_PASSWORD', 'valueFrom': 'arn:secret'}], 'logConfiguration': {'logDriver': 'awslogs'}}";
    private static final String ROLES = ", 'execution_role_arn': '${aws_iam_role.execution.arn}', 'task_role_arn': '${aws_iam_role.task.arn}'";

    @Test
    void passesContainerInsights() {
        Tf.doc().resource("aws_ecs_cluster", "c", "{'setting': [{'name': 'containerInsights', 'value': 'enabled'}]}")
                .passes(rule("GLUE-ECS-001"), "aws_ecs_cluster.c");
    }

    @Test
    void failsContainerInsights() {
        Tf.doc().resource("aws_ecs_cluster", "c", "{'name': 'c'}").fails(rule("GLUE-ECS-001"), "aws_ecs_cluster.c", "containerInsights is not enabled");
    }

    @Test
    void passesSeparateExecutionAndTaskRoles() {
        task(GOOD, ROLES).passes(rule("GLUE-ECS-002"), T);
    }

    @Test
    void failsSeparateExecutionAndTaskRoles() {
        task(GOOD, ", 'execution_role_arn': '${aws_iam_role.one.arn}', 'task_role_arn': '${aws_iam_role.one.arn}'")
                .fails(rule("GLUE-ECS-002"), T, "the same role");
    }

    @Test
    void passesReadOnlyRootFilesystem() {
        task(GOOD, ROLES).passes(rule("GLUE-ECS-003"), T);
    }

    @Test
    void failsReadOnlyRootFilesystem() {
        task("{'name': 'app'}", ROLES).fails(rule("GLUE-ECS-003"), T, "writable root filesystem: [app]");
    }

    @Test
    void passesNotPrivileged() {
        task(GOOD, ROLES).passes(rule("GLUE-ECS-004"), T);
    }

    @Test
    void failsNotPrivileged() {
        task("{'name': 'app', 'privileged': true}", ROLES).fails(rule("GLUE-ECS-004"), T, "privileged container(s): [app]");
    }

    @Test
    void passesNoSecretsInEnvironment() {
        task(GOOD, ROLES).passes(rule("GLUE-ECS-005"), T);
    }

    @Test
    void failsNoSecretsInEnvironment() {
        task("{'name': 'app', 'environment': [{'name': 'API_KEY', 'value': 'abc123'}]}", ROLES)
                .fails(rule("GLUE-ECS-005"), T, "app.API_KEY");
    }

    @Test
    void passesContainerLogging() {
        task(GOOD, ROLES).passes(rule("GLUE-ECS-006"), T);
    }

    @Test
    void failsContainerLogging() {
        task("{'name': 'app'}", ROLES).fails(rule("GLUE-ECS-006"), T, "without logConfiguration: [app]");
    }
}
