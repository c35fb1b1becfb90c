package io.glueplatform.checks.rules.s3;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.PolicyDocument;
import io.glueplatform.checks.model.Resource;
import java.util.List;

/** GLUE-S3-011: S3 bucket policies allow nothing to the principal *. */
@RuleInfo(id = "GLUE-S3-011", severity = Severity.ERROR, resourceTypes = "aws_s3_bucket_policy",
        title = "S3 bucket policies allow nothing to the principal *",
        rationale = "An Allow to Principal * grants the action to anyone on the internet (or any AWS account) unless a"
                + " condition narrows it to known callers.",
        doc = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html",
        fix = "name the principals (account, role or service) instead of *, or add a condition such as"
                + " aws:SourceAccount",
        checkov = "CKV_AWS_70")
public final class BucketPolicyNoPublicPrincipal implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        List<String> open = PolicyDocument.parse(resource.path("policy")).allows().stream()
                .filter(s -> s.anyPrincipal() && !s.conditional()).map(PolicyDocument.Statement::label).toList();
        return Verdict.when(open.isEmpty(), String.join(", ", open) + " allows " + "Principal * without a condition");
    }
}
