package io.glueplatform.checks.rules.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-ECS-001: ECS clusters have Container Insights enabled. */
@RuleInfo(id = "GLUE-ECS-001", severity = Severity.ERROR, resourceTypes = "aws_ecs_cluster",
        title = "ECS clusters have Container Insights enabled",
        rationale = "Container Insights collects per-task CPU, memory and network metrics; without it a failing service"
                + " has no metrics to diagnose from.",
        doc = "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights.html",
        fix = "add setting { name = containerInsights, value = enabled }",
        checkov = "CKV_AWS_65", trivy = "AVD-AWS-0034", cdkNag = "AwsSolutions-ECS4")
public final class ContainerInsights implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        boolean enabled = false;
        for (JsonNode setting : resource.path("setting")) {
            enabled |= "containerInsights".equals(setting.path("name").asText()) && !"disabled".equals(setting.path("value").asText("disabled"));
        }
        return Verdict.when(enabled, "containerInsights is not enabled");
    }
}
