package io.glueplatform.checks.rules.ecr;

import io.glueplatform.checks.RuleId;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;

/**
 * The rules on ECR repositories: one predicate per rule, bound to its id by {@link RuleId}.
 * What each rule requires, why and how to comply is data: {@code EcrRules.json} next to this class (in
 * src/main/resources); {@code RuleCatalog} pairs the two.
 */
public final class EcrRules {

    private EcrRules() {
    }

    @RuleId("GLUE-ECR-001")
    static Verdict immutableTags(Resource resource, StackModel model) {
        return Verdict.when("IMMUTABLE".equals(resource.text("image_tag_mutability")), "image_tag_mutability is " + resource.text("image_tag_mutability"));
    }

    @RuleId("GLUE-ECR-002")
    static Verdict scanOnPush(Resource resource, StackModel model) {
        return Verdict.when(resource.bool("scan_on_push", false) || TerraformDocument.bool(resource.block("image_scanning_configuration").path("scan_on_push"), false), "scan_on_push is not true");
    }

    @RuleId("GLUE-ECR-003")
    static Verdict kmsEncrypted(Resource resource, StackModel model) {
        return Verdict.when("KMS".equals(resource.block("encryption_configuration").path("encryption_type").asText()), "encryption_type is not KMS");
    }
}
