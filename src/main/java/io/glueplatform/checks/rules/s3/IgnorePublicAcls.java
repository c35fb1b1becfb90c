package io.glueplatform.checks.rules.s3;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-S3-006: S3 public access blocks set ignore_public_acls = true. */
@RuleInfo(id = "GLUE-S3-006", severity = Severity.ERROR, resourceTypes = "aws_s3_bucket_public_access_block",
        title = "S3 public access blocks set ignore_public_acls = true",
        rationale = "Each of the four Block Public Access settings closes a different path to public data (new public"
                + " ACLs, existing public ACLs, public policies, cross-account access through a public policy).",
        doc = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
        fix = "set ignore_public_acls = true",
        checkov = "CKV_AWS_55", trivy = "AVD-AWS-0091")
public final class IgnorePublicAcls implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Verdict.when(resource.bool("ignore_public_acls", false), "ignore_public_acls is not true");
    }
}
