package io.glueplatform.checks.rules.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;
import java.util.ArrayList;
import java.util.List;

/** GLUE-ECS-005: ECS containers take secrets from Secrets Manager, not plain environment variables. */
@RuleInfo(id = "GLUE-ECS-005", severity = Severity.ERROR, resourceTypes = "aws_ecs_task_definition",
        title = "ECS containers take secrets from Secrets Manager, not plain environment variables",
        rationale = "Plain environment values are stored in the task definition, readable by anyone who may describe it,"
                + " and in Terraform state; the secrets list injects them at start from Secrets Manager.",
        doc = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html",
        fix = "move the value to Secrets Manager and reference it in the container's secrets list",
        trivy = "AVD-AWS-0036")
public final class NoSecretsInEnvironment implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        List<String> found = new ArrayList<>();
        Containers.of(resource).forEach(c -> c.path("environment").forEach(variable -> {
            String name = variable.path("name").asText("");
            if (Containers.SECRET_NAME.matcher(name).find() && !variable.path("value").asText("").isBlank()) {
                found.add(c.path("name").asText("?") + "." + name);
            }
        }));
        return Verdict.when(found.isEmpty(), "secret-looking plain environment variable(s): " + found);
    }
}
