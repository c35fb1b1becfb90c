package io.glueplatform.checks.rules.s3;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-S3-012: S3 buckets disable ACLs (object ownership BucketOwnerEnforced). */
@RuleInfo(id = "GLUE-S3-012", severity = Severity.ERROR, resourceTypes = "aws_s3_bucket",
        title = "S3 buckets disable ACLs (object ownership BucketOwnerEnforced)",
        rationale = "With ACLs disabled, access is decided by policies alone and an uploader cannot keep ownership of an"
                + " object or grant it away with an ACL.",
        doc = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html",
        fix = "add aws_s3_bucket_ownership_controls with object_ownership BucketOwnerEnforced",
        checkov = "CKV2_AWS_65")
public final class BucketAclsDisabled implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Buckets.judge(model, resource, "aws_s3_bucket_ownership_controls", c -> "BucketOwnerEnforced".equals(c.block("rule").path("object_ownership").asText()),
                "object ownership is not BucketOwnerEnforced");
    }
}
