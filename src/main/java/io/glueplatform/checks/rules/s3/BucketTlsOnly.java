package io.glueplatform.checks.rules.s3;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.PolicyDocument;
import io.glueplatform.checks.model.Resource;
import java.util.Optional;

/** GLUE-S3-008: S3 bucket policies deny requests without TLS. */
@RuleInfo(id = "GLUE-S3-008", severity = Severity.ERROR, resourceTypes = "aws_s3_bucket",
        title = "S3 bucket policies deny requests without TLS",
        rationale = "Without a Deny on aws:SecureTransport = false, clients may read and write data over plain HTTP.",
        doc = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html",
        fix = "add a bucket policy statement: Deny s3:* to * when aws:SecureTransport is false",
        cdkNag = "AwsSolutions-S10")
public final class BucketTlsOnly implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        Optional<Resource> policy = Buckets.attached(model, resource, "aws_s3_bucket_policy");
        boolean denies = policy.map(p -> PolicyDocument.parse(p.path("policy")).statements().stream()
                .anyMatch(s -> !s.allow() && p.path("policy").asText("").contains("aws:SecureTransport")
                        && s.actions().stream().anyMatch(a -> a.equals("s3:*") || a.equals("*")))).orElse(false);
        return Verdict.when(denies, policy.isEmpty() ? "the bucket has no policy, so requests over plain HTTP are allowed"
                : "its policy has no Deny of s3:* when aws:SecureTransport is false");
    }
}
