package io.glueplatform.iam;

import java.util.List;

/**
 * The one shape of "may read these secrets": GetSecretValue/DescribeSecret on the secrets, and kms:Decrypt of their
 * key only when Secrets Manager of {@code region} asks on the role's behalf. Used by every owner of a secret (the
 * database, the platform secrets, the connectivity stores), so the statement stays one decision.
 */
public final class SecretGrants {

    private SecretGrants() {
    }

    /** Statements {@code Read<subject>} and {@code Decrypt<subject>}, e.g. subject {@code DatabaseMasterSecret}. */
    public static List<PolicyStatement> read(String subject, List<String> secretArns, String kmsKeyArn, String region) {
        return List.of(
                PolicyStatement.allow("Read" + subject, List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"), secretArns),
                viaSecretsManager("Decrypt" + subject, List.of("kms:Decrypt"), kmsKeyArn, region));
    }

    /** {@code actions} on {@code kmsKeyArn}, only through Secrets Manager of {@code region}. */
    public static PolicyStatement viaSecretsManager(String sid, List<String> actions, String kmsKeyArn, String region) {
        return PolicyStatement.allow(sid, actions, List.of(kmsKeyArn))
                .withCondition("StringEquals", "kms:ViaService", "secretsmanager." + region + ".amazonaws.com");
    }
}
