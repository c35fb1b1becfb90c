package io.glueplatform.storage;

import com.hashicorp.cdktf.providers.aws.s3_bucket.S3Bucket;
import com.hashicorp.cdktf.providers.aws.s3_bucket.S3BucketConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfiguration;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRule;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleExpiration;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleFilter;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleTransition;
import com.hashicorp.cdktf.providers.aws.s3_bucket_logging.S3BucketLoggingA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_logging.S3BucketLoggingAConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_ownership_controls.S3BucketOwnershipControls;
import com.hashicorp.cdktf.providers.aws.s3_bucket_ownership_controls.S3BucketOwnershipControlsConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_ownership_controls.S3BucketOwnershipControlsRule;
import com.hashicorp.cdktf.providers.aws.s3_bucket_policy.S3BucketPolicy;
import com.hashicorp.cdktf.providers.aws.s3_bucket_policy.S3BucketPolicyConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_public_access_block.S3BucketPublicAccessBlock;
import com.hashicorp.cdktf.providers.aws.s3_bucket_public_access_block.S3BucketPublicAccessBlockConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationAConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationRuleA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_versioning.S3BucketVersioningA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_versioning.S3BucketVersioningAConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_versioning.S3BucketVersioningVersioningConfiguration;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.CheckSuppressions;
import io.glueplatform.cdk.PlatformModule;
import io.glueplatform.cdk.ReadOnce;
import io.glueplatform.iam.PolicyDocument;
import io.glueplatform.iam.PolicyStatement;
import io.glueplatform.iam.Role;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An S3 bucket that is private, versioned, encrypted and TLS-only, whatever the caller forgets:
 * public access block (all four), owner-enforced object ownership (no ACLs), SSE-KMS with a bucket
 * key, a bucket policy denying plain HTTP, and lifecycle rules. Its module name is {@code s3_<purpose>}.
 */
public final class SecureBucket extends PlatformModule {

    private final S3Bucket bucket;
    /** The bucket's tokens, read once (ReadOnce): each part, grant and policy statement needs them. */
    private final ReadOnce bucketId;
    private final ReadOnce bucketArn;
    private final S3BucketPolicy policy;
    private final SecureBucketProps props;
    private final String purpose;

    public SecureBucket(Construct scope, Naming naming, String purpose, SecureBucketProps props) {
        super(scope, "s3_" + purpose.replace('-', '_'), naming);
        this.props = props;
        this.purpose = purpose;
        this.bucket = add("this", id -> new S3Bucket(this, id, S3BucketConfig.builder()
                .bucket(props.bucketName())
                .forceDestroy(props.forceDestroy())
                .tags(tags("this"))
                .build()));
        this.bucketId = new ReadOnce(bucket::getId);
        this.bucketArn = new ReadOnce(bucket::getArn);
        add("this", id -> new S3BucketPublicAccessBlock(this, id + "_pab", S3BucketPublicAccessBlockConfig.builder()
                .bucket(bucketId.get())
                .blockPublicAcls(true)
                .blockPublicPolicy(true)
                .ignorePublicAcls(true)
                .restrictPublicBuckets(true)
                .build()));
        add("this", id -> new S3BucketOwnershipControls(this, id + "_ownership", S3BucketOwnershipControlsConfig.builder()
                .bucket(bucketId.get())
                .rule(S3BucketOwnershipControlsRule.builder().objectOwnership("BucketOwnerEnforced").build())
                .build()));
        add("this", id -> new S3BucketVersioningA(this, id + "_versioning", S3BucketVersioningAConfig.builder()
                .bucket(bucketId.get())
                .versioningConfiguration(S3BucketVersioningVersioningConfiguration.builder().status("Enabled").build())
                .build()));
        S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA byDefault = props.kmsKeyArn() == null
                ? S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA.builder().sseAlgorithm("AES256").build()
                : S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA.builder()
                        .sseAlgorithm("aws:kms").kmsMasterKeyId(props.kmsKeyArn()).build();
        add("this", id -> new S3BucketServerSideEncryptionConfigurationA(this, id + "_sse", S3BucketServerSideEncryptionConfigurationAConfig.builder()
                .bucket(bucketId.get())
                .rule(List.of(S3BucketServerSideEncryptionConfigurationRuleA.builder()
                        .applyServerSideEncryptionByDefault(byDefault)
                        // A bucket key cuts KMS requests (and cost) by orders of magnitude for Spark writes.
                        .bucketKeyEnabled(props.kmsKeyArn() != null)
                        .build()))
                .build()));
        add("this", id -> new S3BucketLifecycleConfiguration(this, id + "_lifecycle", S3BucketLifecycleConfigurationConfig.builder()
                .bucket(bucketId.get())
                .rule(lifecycleRules())
                .build()));
        this.policy = add("this", id -> new S3BucketPolicy(this, id + "_policy", S3BucketPolicyConfig.builder()
                .bucket(bucketId.get())
                .policy(PolicyDocument.of(bucketPolicy()))
                .build()));
        if (props.receivesAccessLogsFromAccount() != null) {
            // AWS limits, not choices: server access logs are delivered only to SSE-S3 buckets, and a log bucket that
            // logged its own requests would log its own log deliveries forever.
            if (props.kmsKeyArn() == null) {
                CheckSuppressions.suppress(bucket, "GLUE-S3-001", "S3 server access logging delivers only to buckets with SSE-S3"
                        + " (AES256) default encryption; this bucket receives the access logs of the environment's buckets");
            }
            if (props.accessLogs() == null) {
                CheckSuppressions.suppress(bucket, "GLUE-S3-009", "this is the access-log destination: logging its own requests into"
                        + " itself would log every log delivery again");
            }
        }
        if (props.accessLogs() != null) {
            add("this", id -> new S3BucketLoggingA(this, id + "_logging", S3BucketLoggingAConfig.builder()
                    .bucket(bucketId.get())
                    .targetBucket(props.accessLogs().bucketId())
                    .targetPrefix(props.accessLogs().prefix())
                    .dependsOn(List.of(props.accessLogs().deliveryPermission()))
                    .build()));
        }
    }

    private List<PolicyStatement> bucketPolicy() {
        List<PolicyStatement> statements = new ArrayList<>();
        statements.add(new PolicyStatement("DenyInsecureTransport", "Deny", Map.of("AWS", List.of("*")),
                List.of("s3:*"), List.of(bucketArn.get(), bucketArn.get() + "/*"),
                Map.of("Bool", Map.of("aws:SecureTransport", "false"))));
        if (props.receivesAccessLogsFromAccount() != null) {
            // S3 server access logging delivers as this service principal, only for this account's buckets.
            statements.add(PolicyStatement.allow("S3ServerAccessLogDelivery", List.of("s3:PutObject"), List.of(bucketArn.get() + "/*"))
                    .withPrincipal("Service", "logging.s3.amazonaws.com")
                    .withCondition("StringEquals", "aws:SourceAccount", props.receivesAccessLogsFromAccount()));
        }
        return statements;
    }

    private List<S3BucketLifecycleConfigurationRule> lifecycleRules() {
        List<S3BucketLifecycleConfigurationRule> rules = new ArrayList<>();
        rules.add(S3BucketLifecycleConfigurationRule.builder()
                .id("abort-incomplete-multipart-uploads")
                .status("Enabled")
                .filter(S3BucketLifecycleConfigurationRuleFilter.builder().prefix("").build())
                .abortIncompleteMultipartUpload(S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload.builder()
                        .daysAfterInitiation(7).build())
                .build());
        for (LifecycleRule rule : props.lifecycleRules()) {
            S3BucketLifecycleConfigurationRule.Builder builder = S3BucketLifecycleConfigurationRule.builder()
                    .id(rule.id())
                    .status("Enabled")
                    .filter(S3BucketLifecycleConfigurationRuleFilter.builder().prefix(rule.prefix()).build());
            if (!rule.transitions().isEmpty()) {
                builder.transition(rule.transitions().stream()
                        .map(t -> S3BucketLifecycleConfigurationRuleTransition.builder().days(t.days()).storageClass(t.storageClass()).build())
                        .toList());
            }
            if (rule.expirationDays() != null) {
                builder.expiration(S3BucketLifecycleConfigurationRuleExpiration.builder().days(rule.expirationDays()).build());
            }
            if (rule.noncurrentExpirationDays() != null) {
                builder.noncurrentVersionExpiration(S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration.builder()
                        .noncurrentDays(rule.noncurrentExpirationDays()).build());
            }
            rules.add(builder.build());
        }
        return rules;
    }

    public String id() {
        return bucketId.get();
    }

    /** The bucket policy resource, for what must wait until the policy is in force. */
    public S3BucketPolicy policy() {
        return policy;
    }

    public String arn() {
        return bucketArn.get();
    }

    public String name() {
        return props.bucketName();
    }

    public String purpose() {
        return purpose;
    }

    public String s3Uri(String key) {
        return "s3://" + props.bucketName() + "/" + key;
    }

    /** Read objects under the prefixes (and list them). */
    public void grantRead(Role role, String policyName, String... prefixes) {
        role.grant(policyName, statements(false, prefixes));
    }

    /** Read, write and delete objects under the prefixes (and list them). */
    public void grantReadWrite(Role role, String policyName, String... prefixes) {
        role.grant(policyName, statements(true, prefixes));
    }

    private List<PolicyStatement> statements(boolean write, String... prefixes) {
        List<String> objects = new ArrayList<>();
        List<String> listPrefixes = new ArrayList<>();
        for (String prefix : prefixes) {
            objects.add(bucketArn.get() + "/" + prefix + "*");
            listPrefixes.add(prefix + "*");
        }
        List<String> objectActions = write
                ? List.of("s3:GetObject", "s3:GetObjectVersion", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload")
                : List.of("s3:GetObject", "s3:GetObjectVersion");
        String sidPrefix = (write ? "ReadWrite" : "Read") + camel(purpose);
        return List.of(
                PolicyStatement.allow(sidPrefix + "Objects", objectActions, objects),
                PolicyStatement.allow(sidPrefix + "List", List.of("s3:ListBucket"), List.of(bucketArn.get()))
                        .withCondition("StringLike", "s3:prefix", listPrefixes.size() == 1 ? listPrefixes.get(0) : listPrefixes),
                // GetBucketLocation carries no s3:prefix key, so it cannot share the prefix condition.
                PolicyStatement.allow(sidPrefix + "Location", List.of("s3:GetBucketLocation"), List.of(bucketArn.get())));
    }

    private static String camel(String text) {
        StringBuilder out = new StringBuilder();
        for (String part : text.split("[-_]")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
