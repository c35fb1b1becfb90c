package io.glueplatform.checks.rules.ecr;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;

/** GLUE-ECR-002: ECR repositories scan images on push. */
@RuleInfo(id = "GLUE-ECR-002", severity = Severity.ERROR, resourceTypes = "aws_ecr_repository",
        title = "ECR repositories scan images on push",
        rationale = "Scanning on push reports known vulnerabilities in an image before anything runs it.",
        doc = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html",
        fix = "set image_scanning_configuration { scan_on_push = true }",
        checkov = "CKV_AWS_163", trivy = "AVD-AWS-0030")
public final class ScanOnPush implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Verdict.when(resource.bool("scan_on_push", false) || TerraformDocument.bool(resource.block("image_scanning_configuration").path("scan_on_push"), false), "scan_on_push is not true");
    }
}
