package io.glueplatform.checks.rules.s3;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-S3-003: S3 buckets have a public access block with all four settings on. */
@RuleInfo(id = "GLUE-S3-003", severity = Severity.ERROR, resourceTypes = "aws_s3_bucket",
        title = "S3 buckets have a public access block with all four settings on",
        rationale = "Block Public Access overrides any ACL or policy that would make data public; all four settings are"
                + " needed to close every path.",
        doc = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
        fix = "add aws_s3_bucket_public_access_block with all four settings true",
        checkov = "CKV2_AWS_6", trivy = "AVD-AWS-0094", cdkNag = "AwsSolutions-S2")
public final class BucketPublicAccessBlock implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Buckets.judge(model, resource, "aws_s3_bucket_public_access_block", c -> c.bool("block_public_acls", false) && c.bool("block_public_policy", false) && c.bool("ignore_public_acls", false)
                && c.bool("restrict_public_buckets", false),
                "the public access block does not turn on all four settings");
    }
}
