package io.glueplatform.checks.rules.s3;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import java.util.Optional;

/** GLUE-S3-010: S3 buckets have a lifecycle configuration. */
@RuleInfo(id = "GLUE-S3-010", severity = Severity.WARNING, resourceTypes = "aws_s3_bucket",
        title = "S3 buckets have a lifecycle configuration",
        rationale = "With versioning on, noncurrent versions and incomplete multipart uploads accumulate (and cost)"
                + " forever unless a lifecycle rule expires them.",
        doc = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html",
        fix = "add aws_s3_bucket_lifecycle_configuration (at least noncurrent-version expiration and aborting"
                + " incomplete uploads)",
        checkov = "CKV2_AWS_61")
public final class BucketLifecycle implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        Optional<Resource> lifecycle = Buckets.attached(model, resource, "aws_s3_bucket_lifecycle_configuration");
        return Verdict.when(lifecycle.isPresent() && lifecycle.get().path("rule").size() > 0, "no lifecycle rule applies to this bucket");
    }
}
