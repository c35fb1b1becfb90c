package io.glueplatform.checks.rules.kms;

import static io.glueplatform.checks.Tf.rule;
import io.glueplatform.checks.Tf;
import org.junit.jupiter.api.Test;

class KmsRulesTest {

    private static final String K = "aws_kms_key.k";

    @Test
    void passesKeyRotation() {
        Tf.doc().resource("aws_kms_key", "k", "{'enable_key_rotation': true}").passes(rule("GLUE-KMS-001"), K);
        Tf.doc().resource("aws_kms_key", "k", "{'customer_master_key_spec': 'RSA_2048'}").notApplicable(rule("GLUE-KMS-001"), K);
    }

    @Test
    void failsKeyRotation() {
        Tf.doc().resource("aws_kms_key", "k", "{'description': 'k'}").fails(rule("GLUE-KMS-001"), K, "enable_key_rotation is not true");
    }

    @Test
    void passesKeyPolicyNoWildcardPrincipal() {
        Tf.doc().resource("aws_kms_key", "k", "{'policy': '{\\'Statement\\': [{\\'Effect\\': \\'Allow\\', \\'Principal\\': {\\'AWS\\':"
                + " \\'arn:aws:iam::123456789012:root\\'}, \\'Action\\': \\'kms:*\\', \\'Resource\\': \\'*\\'}]}'}").passes(rule("GLUE-KMS-002"), K);
    }

    @Test
    void failsKeyPolicyNoWildcardPrincipal() {
        Tf.doc().resource("aws_kms_key", "k", "{'policy': '{\\'Statement\\': [{\\'Sid\\': \\'Anyone\\', \\'Effect\\': \\'Allow\\', \\'Principal\\': {\\'AWS\\':"
                + " \\'*\\'}, \\'Action\\': \\'kms:Decrypt\\', \\'Resource\\': \\'*\\'}]}'}").fails(rule("GLUE-KMS-002"), K, "statement Anyone allows Principal *");
    }
}
