package io.glueplatform.kms;

import com.hashicorp.cdktf.providers.aws.kms_alias.KmsAlias;
import com.hashicorp.cdktf.providers.aws.kms_alias.KmsAliasConfig;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKeyConfig;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.PlatformModule;
import io.glueplatform.cdk.ReadOnce;
import io.glueplatform.iam.AwsScope;
import io.glueplatform.iam.PolicyDocument;
import io.glueplatform.iam.PolicyStatement;
import software.constructs.Construct;

import java.util.List;

/**
 * The environment's customer-managed key: S3, RDS storage and its secret, EBS, CloudWatch log groups,
 * Glue security configuration. Rotated yearly. Services other than CloudWatch Logs use it on behalf
 * of an IAM principal, so the root statement (IAM decides) plus the logs statement are enough.
 */
public final class PlatformKey extends PlatformModule {

    /** The key's tokens, read once (ReadOnce): every component that encrypts or grants needs the ARN. */
    private final ReadOnce arn;
    private final ReadOnce keyId;

    /**
     * The key policy statement that lets CloudWatch Logs of {@code region} use a key for this account's log groups:
     * Logs encrypts as itself, not as the caller, so IAM alone cannot allow it.
     */
    public static PolicyStatement logsMayEncrypt(String partition, String region, String accountId) {
        String logGroups = "arn:" + partition + ":logs:" + region + ":" + accountId + ":log-group:*";
        return PolicyStatement.allow("CloudWatchLogsEncryptsThisAccountsLogGroups",
                        List.of("kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"),
                        List.of("*"))
                .withPrincipal("Service", "logs." + region + ".amazonaws.com")
                .withCondition("ArnLike", "kms:EncryptionContext:aws:logs:arn", logGroups);
    }

    public PlatformKey(Construct scope, Naming naming, PlatformKeyProps props) {
        super(scope, "kms", naming);
        AwsScope account = props.scope();
        String root = "arn:" + account.partition() + ":iam::" + account.accountId() + ":root";
        String policy = PolicyDocument.of(
                PolicyStatement.allow("AccountAdministersKeyThroughIam", List.of("kms:*"), List.of("*"))
                        .withPrincipal("AWS", root),
                logsMayEncrypt(account.partition(), account.region(), account.accountId()));
        KmsKey key = add("this", id -> new KmsKey(this, id, KmsKeyConfig.builder()
                .description("glue-platform " + naming.environment() + ": data, logs and secrets at rest")
                .enableKeyRotation(true)
                .deletionWindowInDays(props.deletionWindowDays())
                .policy(policy)
                .tags(tags("this"))
                .build()));
        this.arn = new ReadOnce(key::getArn);
        this.keyId = new ReadOnce(key::getKeyId);
        add("this", id -> new KmsAlias(this, id + "_alias", KmsAliasConfig.builder()
                .name("alias/glue-platform-" + naming.environment())
                .targetKeyId(keyId.get())
                .build()));
    }

    /**
     * Lets a role encrypt and decrypt data keys of this key, only when a given AWS service (e.g. {@code s3})
     * asks on its behalf: reading and writing SSE-KMS objects, not arbitrary KMS calls.
     */
    public void grantUseVia(io.glueplatform.iam.Role role, String policyName, String service, String region) {
        role.grant(policyName, List.of(PolicyStatement.allow("UsePlatformKeyVia" + Character.toUpperCase(service.charAt(0)) + service.substring(1),
                        List.of("kms:Decrypt", "kms:GenerateDataKey"), List.of(arn.get()))
                .withCondition("StringEquals", "kms:ViaService", service + "." + region + ".amazonaws.com")));
    }

    public String arn() {
        return arn.get();
    }

    public String keyId() {
        return keyId.get();
    }
}
