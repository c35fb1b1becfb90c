package io.glueplatform.checks.rules.ecr;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-ECR-001: ECR repositories have immutable image tags. */
@RuleInfo(id = "GLUE-ECR-001", severity = Severity.ERROR, resourceTypes = "aws_ecr_repository",
        title = "ECR repositories have immutable image tags",
        rationale = "With mutable tags a push can silently replace the image a task definition runs; immutable tags make"
                + " a tag name one image forever.",
        doc = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html",
        fix = "set image_tag_mutability = IMMUTABLE",
        checkov = "CKV_AWS_51", trivy = "AVD-AWS-0031")
public final class ImmutableTags implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Verdict.when("IMMUTABLE".equals(resource.text("image_tag_mutability")), "image_tag_mutability is " + resource.text("image_tag_mutability"));
    }
}
