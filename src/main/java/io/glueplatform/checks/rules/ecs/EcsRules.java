package io.glueplatform.checks.rules.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.checks.RuleId;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules on ECS clusters and task definitions: one predicate per rule, bound to its id by {@link RuleId}.
 * What each rule requires, why and how to comply is data: {@code EcsRules.json} next to this class (in
 * src/main/resources); {@code RuleCatalog} pairs the two.
 */
public final class EcsRules {

    private EcsRules() {
    }

    @RuleId("GLUE-ECS-001")
    static Verdict containerInsights(Resource resource, StackModel model) {
        boolean enabled = false;
        for (JsonNode setting : resource.path("setting")) {
            enabled |= "containerInsights".equals(setting.path("name").asText()) && !"disabled".equals(setting.path("value").asText("disabled"));
        }
        return Verdict.when(enabled, "containerInsights is not enabled");
    }

    @RuleId("GLUE-ECS-002")
    static Verdict separateExecutionAndTaskRoles(Resource resource, StackModel model) {
        String execution = resource.text("execution_role_arn");
        String task = resource.text("task_role_arn");
        return Verdict.when(execution == null || task == null || !execution.equals(task), "execution_role_arn and task_role_arn are the same role");
    }

    @RuleId("GLUE-ECS-003")
    static Verdict readOnlyRootFilesystem(Resource resource, StackModel model) {
        List<String> failing = Containers.named(resource, c -> !TerraformDocument.bool(c.path("readonlyRootFilesystem"), false));
        return Verdict.when(failing.isEmpty(), "container(s) with a writable root filesystem: " + failing);
    }

    @RuleId("GLUE-ECS-004")
    static Verdict notPrivileged(Resource resource, StackModel model) {
        List<String> failing = Containers.named(resource, c -> TerraformDocument.bool(c.path("privileged"), false));
        return Verdict.when(failing.isEmpty(), "privileged container(s): " + failing);
    }

    @RuleId("GLUE-ECS-005")
    static Verdict noSecretsInEnvironment(Resource resource, StackModel model) {
        List<String> found = new ArrayList<>();
        Containers.of(resource).forEach(c -> c.path("environment").forEach(variable -> {
            String name = variable.path("name").asText("");
            if (Containers.SECRET_NAME.matcher(name).find() && !variable.path("value").asText("").isBlank()) {
                found.add(c.path("name").asText("?") + "." + name);
            }
        }));
        return Verdict.when(found.isEmpty(), "secret-looking plain environment variable(s): " + found);
    }

    @RuleId("GLUE-ECS-006")
    static Verdict containerLogging(Resource resource, StackModel model) {
        List<String> failing = Containers.named(resource, c -> c.path("logConfiguration").path("logDriver").asText("").isBlank());
        return Verdict.when(failing.isEmpty(), "container(s) without logConfiguration: " + failing);
    }
}
