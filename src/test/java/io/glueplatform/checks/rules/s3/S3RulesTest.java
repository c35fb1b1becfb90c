package io.glueplatform.checks.rules.s3;

import static io.glueplatform.checks.Tf.rule;
import io.glueplatform.checks.Tf;
import org.junit.jupiter.api.Test;

/** Each S3 rule: a compliant bucket (as SecureBucket builds it) passes, one deliberate gap fails. */
class S3RulesTest {

    private static final String B = "aws_s3_bucket.data";

    /** A bucket with every setting the S3 rules ask for, each overridable. */
    private static Tf bucket(String sse, String versioning, String pab, String ownership, String policy, boolean logging, boolean lifecycle) {
        Tf tf = Tf.doc().resource("aws_s3_bucket", "data", "{'bucket': 'data-bucket'}")
                .resource("aws_s3_bucket", "logs", "{'bucket': 'log-bucket'}")
                .resource("aws_s3_bucket_server_side_encryption_configuration", "data", "{'bucket': '${aws_s3_bucket.data.id}', 'rule': [{'apply_server_side_encryption_by_default': {'sse_algorithm': '" + sse + "'}}]}")
                .resource("aws_s3_bucket_versioning", "data", "{'bucket': '${aws_s3_bucket.data.id}', 'versioning_configuration': {'status': '" + versioning + "'}}")
                .resource("aws_s3_bucket_public_access_block", "data", "{'bucket': '${aws_s3_bucket.data.id}', " + pab + "}")
                .resource("aws_s3_bucket_ownership_controls", "data", "{'bucket': '${aws_s3_bucket.data.id}', 'rule': {'object_ownership': '" + ownership + "'}}")
                .resource("aws_s3_bucket_policy", "data", "{'bucket': '${aws_s3_bucket.data.id}', 'policy': " + policy + "}");
        if (logging) {
            tf.resource("aws_s3_bucket_logging", "data", "{'bucket': '${aws_s3_bucket.data.id}', 'target_bucket': '${aws_s3_bucket.logs.id}', 'target_prefix': 'data/'}");
        }
        if (lifecycle) {
            tf.resource("aws_s3_bucket_lifecycle_configuration", "data", "{'bucket': 'data-bucket', 'rule': [{'id': 'old', 'status': 'Enabled'}]}");
        }
        return tf;
    }

    private static final String ALL_BLOCKED = "'block_public_acls': true, 'block_public_policy': true, 'ignore_public_acls': true, 'restrict_public_buckets': 'true'";
    private static final String TLS_ONLY = "'{\\'Version\\': \\'2012-10-17\\', \\'Statement\\': [{\\'Sid\\': \\'DenyInsecureTransport\\', \\'Effect\\': \\'Deny\\', \\'Principal\\': {\\'AWS\\': \\'*\\'}, \\'Action\\': \\'s3:*\\', \\'Resource\\': \\'*\\', \\'Condition\\': {\\'Bool\\': {\\'aws:SecureTransport\\': \\'false\\'}}}]}'";
    private static final String OPEN = "'{\\'Statement\\': [{\\'Sid\\': \\'PublicRead\\', \\'Effect\\': \\'Allow\\', \\'Principal\\': \\'*\\', \\'Action\\': \\'s3:GetObject\\', \\'Resource\\': \\'*\\'}]}'";

    private static Tf compliant() {
        return bucket("aws:kms", "Enabled", ALL_BLOCKED, "BucketOwnerEnforced", TLS_ONLY, true, true);
    }

    @Test
    void passesBucketKmsEncryption() {
        compliant().passes(rule("GLUE-S3-001"), B);
    }

    @Test
    void failsBucketKmsEncryption() {
        bucket("AES256", "Enabled", ALL_BLOCKED, "BucketOwnerEnforced", TLS_ONLY, true, true).fails(rule("GLUE-S3-001"), B, "not SSE-KMS");
    }

    @Test
    void passesBucketVersioning() {
        compliant().passes(rule("GLUE-S3-002"), B);
    }

    @Test
    void failsBucketVersioning() {
        bucket("aws:kms", "Suspended", ALL_BLOCKED, "BucketOwnerEnforced", TLS_ONLY, true, true).fails(rule("GLUE-S3-002"), B, "versioning is not Enabled");
    }

    @Test
    void passesBucketPublicAccessBlock() {
        compliant().passes(rule("GLUE-S3-003"), B);
    }

    @Test
    void failsBucketPublicAccessBlock() {
        Tf.doc().resource("aws_s3_bucket", "data", "{'bucket': 'data-bucket'}").fails(rule("GLUE-S3-003"), B,
                "no aws_s3_bucket_public_access_block configures this bucket");
    }

    @Test
    void passesBlockPublicAcls() {
        compliant().passes(rule("GLUE-S3-004"), "aws_s3_bucket_public_access_block.data");
    }

    @Test
    void failsBlockPublicAcls() {
        bucket("aws:kms", "Enabled", "'block_public_acls': false", "BucketOwnerEnforced", TLS_ONLY, true, true)
                .fails(rule("GLUE-S3-004"), "aws_s3_bucket_public_access_block.data", "block_public_acls is not true");
    }

    @Test
    void passesBlockPublicPolicy() {
        compliant().passes(rule("GLUE-S3-005"), "aws_s3_bucket_public_access_block.data");
    }

    @Test
    void failsBlockPublicPolicy() {
        bucket("aws:kms", "Enabled", "'block_public_acls': true", "BucketOwnerEnforced", TLS_ONLY, true, true)
                .fails(rule("GLUE-S3-005"), "aws_s3_bucket_public_access_block.data", "block_public_policy is not true");
    }

    @Test
    void passesIgnorePublicAcls() {
        compliant().passes(rule("GLUE-S3-006"), "aws_s3_bucket_public_access_block.data");
    }

    @Test
    void failsIgnorePublicAcls() {
        bucket("aws:kms", "Enabled", "'ignore_public_acls': 'false'", "BucketOwnerEnforced", TLS_ONLY, true, true)
                .fails(rule("GLUE-S3-006"), "aws_s3_bucket_public_access_block.data", "ignore_public_acls is not true");
    }

    @Test
    void passesRestrictPublicBuckets() {
        compliant().passes(rule("GLUE-S3-007"), "aws_s3_bucket_public_access_block.data");
    }

    @Test
    void failsRestrictPublicBuckets() {
        bucket("aws:kms", "Enabled", "'block_public_acls': true", "BucketOwnerEnforced", TLS_ONLY, true, true)
                .fails(rule("GLUE-S3-007"), "aws_s3_bucket_public_access_block.data", "restrict_public_buckets is not true");
    }

    @Test
    void passesBucketTlsOnly() {
        compliant().passes(rule("GLUE-S3-008"), B);
    }

    @Test
    void failsBucketTlsOnly() {
        bucket("aws:kms", "Enabled", ALL_BLOCKED, "BucketOwnerEnforced", OPEN, true, true).fails(rule("GLUE-S3-008"), B, "aws:SecureTransport");
        Tf.doc().resource("aws_s3_bucket", "data", "{'bucket': 'b'}").fails(rule("GLUE-S3-008"), B, "the bucket has no policy");
    }

    @Test
    void passesBucketAccessLogging() {
        compliant().passes(rule("GLUE-S3-009"), B);
    }

    @Test
    void failsBucketAccessLogging() {
        bucket("aws:kms", "Enabled", ALL_BLOCKED, "BucketOwnerEnforced", TLS_ONLY, false, true).fails(rule("GLUE-S3-009"), B, "access logs");
    }

    @Test
    void passesBucketLifecycle() {
        compliant().passes(rule("GLUE-S3-010"), B);
    }

    @Test
    void failsBucketLifecycle() {
        bucket("aws:kms", "Enabled", ALL_BLOCKED, "BucketOwnerEnforced", TLS_ONLY, true, false).fails(rule("GLUE-S3-010"), B, "no lifecycle rule");
    }

    @Test
    void passesBucketPolicyNoPublicPrincipal() {
        compliant().passes(rule("GLUE-S3-011"), "aws_s3_bucket_policy.data");
    }

    @Test
    void failsBucketPolicyNoPublicPrincipal() {
        bucket("aws:kms", "Enabled", ALL_BLOCKED, "BucketOwnerEnforced", OPEN, true, true)
                .fails(rule("GLUE-S3-011"), "aws_s3_bucket_policy.data", "statement PublicRead allows Principal *");
    }

    @Test
    void passesBucketAclsDisabled() {
        compliant().passes(rule("GLUE-S3-012"), B);
    }

    @Test
    void failsBucketAclsDisabled() {
        bucket("aws:kms", "Enabled", ALL_BLOCKED, "ObjectWriter", TLS_ONLY, true, true).fails(rule("GLUE-S3-012"), B, "not BucketOwnerEnforced");
    }
}
