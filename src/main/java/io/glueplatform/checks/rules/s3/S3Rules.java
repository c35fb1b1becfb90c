package io.glueplatform.checks.rules.s3;

import io.glueplatform.checks.RuleId;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.PolicyDocument;
import io.glueplatform.checks.model.Resource;
import java.util.List;
import java.util.Optional;

/**
 * The rules on S3 buckets and their settings: one predicate per rule, bound to its id by {@link RuleId}.
 * What each rule requires, why and how to comply is data: {@code S3Rules.json} next to this class (in
 * src/main/resources); {@code RuleCatalog} pairs the two.
 */
public final class S3Rules {

    private S3Rules() {
    }

    @RuleId("GLUE-S3-001")
    static Verdict bucketKmsEncryption(Resource resource, StackModel model) {
        return Buckets.judge(model, resource, "aws_s3_bucket_server_side_encryption_configuration", c -> c.path("rule").findValues("sse_algorithm").stream().anyMatch(v -> v.asText().startsWith("aws:kms")),
                "default encryption is not SSE-KMS");
    }

    @RuleId("GLUE-S3-002")
    static Verdict bucketVersioning(Resource resource, StackModel model) {
        return Buckets.judge(model, resource, "aws_s3_bucket_versioning", c -> "Enabled".equals(c.block("versioning_configuration").path("status").asText()),
                "versioning is not Enabled");
    }

    @RuleId("GLUE-S3-003")
    static Verdict bucketPublicAccessBlock(Resource resource, StackModel model) {
        return Buckets.judge(model, resource, "aws_s3_bucket_public_access_block", c -> c.bool("block_public_acls", false) && c.bool("block_public_policy", false) && c.bool("ignore_public_acls", false)
                && c.bool("restrict_public_buckets", false),
                "the public access block does not turn on all four settings");
    }

    @RuleId("GLUE-S3-004")
    static Verdict blockPublicAcls(Resource resource, StackModel model) {
        return Verdict.whenTrue(resource, "block_public_acls");
    }

    @RuleId("GLUE-S3-005")
    static Verdict blockPublicPolicy(Resource resource, StackModel model) {
        return Verdict.whenTrue(resource, "block_public_policy");
    }

    @RuleId("GLUE-S3-006")
    static Verdict ignorePublicAcls(Resource resource, StackModel model) {
        return Verdict.whenTrue(resource, "ignore_public_acls");
    }

    @RuleId("GLUE-S3-007")
    static Verdict restrictPublicBuckets(Resource resource, StackModel model) {
        return Verdict.whenTrue(resource, "restrict_public_buckets");
    }

    @RuleId("GLUE-S3-008")
    static Verdict bucketTlsOnly(Resource resource, StackModel model) {
        Optional<Resource> policy = Buckets.attached(model, resource, "aws_s3_bucket_policy");
        boolean denies = policy.map(p -> PolicyDocument.parse(p.path("policy")).statements().stream()
                .anyMatch(s -> !s.allow() && p.path("policy").asText("").contains("aws:SecureTransport")
                        && s.actions().stream().anyMatch(a -> a.equals("s3:*") || a.equals("*")))).orElse(false);
        return Verdict.when(denies, policy.isEmpty() ? "the bucket has no policy, so requests over plain HTTP are allowed"
                : "its policy has no Deny of s3:* when aws:SecureTransport is false");
    }

    @RuleId("GLUE-S3-009")
    static Verdict bucketAccessLogging(Resource resource, StackModel model) {
        boolean inline = !resource.block("logging").path("target_bucket").isMissingNode();
        return Verdict.when(inline || Buckets.attached(model, resource, "aws_s3_bucket_logging").isPresent(),
                "no aws_s3_bucket_logging sends this bucket's access logs anywhere");
    }

    @RuleId("GLUE-S3-010")
    static Verdict bucketLifecycle(Resource resource, StackModel model) {
        Optional<Resource> lifecycle = Buckets.attached(model, resource, "aws_s3_bucket_lifecycle_configuration");
        return Verdict.when(lifecycle.isPresent() && lifecycle.get().path("rule").size() > 0, "no lifecycle rule applies to this bucket");
    }

    @RuleId("GLUE-S3-011")
    static Verdict bucketPolicyNoPublicPrincipal(Resource resource, StackModel model) {
        List<String> open = PolicyDocument.parse(resource.path("policy")).allows().stream()
                .filter(s -> s.anyPrincipal() && !s.conditional()).map(PolicyDocument.Statement::label).toList();
        return Verdict.when(open.isEmpty(), String.join(", ", open) + " allows " + "Principal * without a condition");
    }

    @RuleId("GLUE-S3-012")
    static Verdict bucketAclsDisabled(Resource resource, StackModel model) {
        return Buckets.judge(model, resource, "aws_s3_bucket_ownership_controls", c -> "BucketOwnerEnforced".equals(c.block("rule").path("object_ownership").asText()),
                "object ownership is not BucketOwnerEnforced");
    }
}
