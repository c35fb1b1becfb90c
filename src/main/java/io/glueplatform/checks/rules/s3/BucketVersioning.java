package io.glueplatform.checks.rules.s3;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-S3-002: S3 buckets have versioning enabled. */
@RuleInfo(id = "GLUE-S3-002", severity = Severity.ERROR, resourceTypes = "aws_s3_bucket",
        title = "S3 buckets have versioning enabled",
        rationale = "Versioning keeps overwritten and deleted objects recoverable, the baseline protection against"
                + " accidental or malicious deletion.",
        doc = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html",
        fix = "add aws_s3_bucket_versioning with status Enabled",
        checkov = "CKV_AWS_21", trivy = "AVD-AWS-0090")
public final class BucketVersioning implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Buckets.judge(model, resource, "aws_s3_bucket_versioning", c -> "Enabled".equals(c.block("versioning_configuration").path("status").asText()),
                "versioning is not Enabled");
    }
}
