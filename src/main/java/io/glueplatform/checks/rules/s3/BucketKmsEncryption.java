package io.glueplatform.checks.rules.s3;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-S3-001: S3 buckets are encrypted by default with a KMS key. */
@RuleInfo(id = "GLUE-S3-001", severity = Severity.ERROR, resourceTypes = "aws_s3_bucket",
        title = "S3 buckets are encrypted by default with a KMS key",
        rationale = "SSE-KMS puts every object under a key whose policy and CloudTrail record say who may decrypt it;"
                + " SSE-S3 keys are not under the account's control.",
        doc = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html",
        fix = "add aws_s3_bucket_server_side_encryption_configuration with sse_algorithm aws:kms and the"
                + " environment key",
        checkov = "CKV_AWS_145")
public final class BucketKmsEncryption implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Buckets.judge(model, resource, "aws_s3_bucket_server_side_encryption_configuration", c -> c.path("rule").findValues("sse_algorithm").stream().anyMatch(v -> v.asText().startsWith("aws:kms")),
                "default encryption is not SSE-KMS");
    }
}
