package io.glueplatform.checks.rules.s3;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-S3-009: S3 buckets have server access logging enabled. */
@RuleInfo(id = "GLUE-S3-009", severity = Severity.ERROR, resourceTypes = "aws_s3_bucket",
        title = "S3 buckets have server access logging enabled",
        rationale = "Access logs record every request to the bucket, the trail an investigation of a data leak needs.",
        doc = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html",
        fix = "add aws_s3_bucket_logging with a target bucket (SecureBucket does, to the access-logs bucket)",
        checkov = "CKV_AWS_18", trivy = "AVD-AWS-0089", cdkNag = "AwsSolutions-S1")
public final class BucketAccessLogging implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        boolean inline = !resource.block("logging").path("target_bucket").isMissingNode();
        return Verdict.when(inline || Buckets.attached(model, resource, "aws_s3_bucket_logging").isPresent(),
                "no aws_s3_bucket_logging sends this bucket's access logs anywhere");
    }
}
