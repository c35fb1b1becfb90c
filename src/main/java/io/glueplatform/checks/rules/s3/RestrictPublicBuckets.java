package io.glueplatform.checks.rules.s3;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-S3-007: S3 public access blocks set restrict_public_buckets = true. */
@RuleInfo(id = "GLUE-S3-007", severity = Severity.ERROR, resourceTypes = "aws_s3_bucket_public_access_block",
        title = "S3 public access blocks set restrict_public_buckets = true",
        rationale = "Each of the four Block Public Access settings closes a different path to public data (new public"
                + " ACLs, existing public ACLs, public policies, cross-account access through a public policy).",
        doc = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
        fix = "set restrict_public_buckets = true",
        checkov = "CKV_AWS_56", trivy = "AVD-AWS-0093")
public final class RestrictPublicBuckets implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Verdict.when(resource.bool("restrict_public_buckets", false), "restrict_public_buckets is not true");
    }
}
