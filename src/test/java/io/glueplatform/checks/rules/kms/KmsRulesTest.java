package io.glueplatform.checks.rules.kms;

import io.glueplatform.checks.Tf;
import org.junit.jupiter.api.Test;

class KmsRulesTest {

    private static final String K = "aws_kms_key.k";

    @Test
    void passesKeyRotation() {
        Tf.doc().resource("aws_kms_key", "k", "{'enable_key_rotation': true}").passes(new KeyRotation(), K);
        Tf.doc().resource("aws_kms_key", "k", "{'customer_master_key_spec': 'RSA_2048'}").notApplicable(new KeyRotation(), K);
    }

    @Test
    void failsKeyRotation() {
        Tf.doc().resource("aws_kms_key", "k", "{'description': 'k'}").fails(new KeyRotation(), K, "enable_key_rotation is not true");
    }

    @Test
    void passesKeyPolicyNoWildcardPrincipal() {
        Tf.doc().resource("aws_kms_key", "k", "{'policy': '{\\'Statement\\': [{\\'Effect\\': \\'Allow\\', \\'Principal\\': {\\'AWS\\':"
                + " \\'arn:aws:iam::123456789012:root\\'}, \\'Action\\': \\'kms:*\\', \\'Resource\\': \\'*\\'}]}'}").passes(new KeyPolicyNoWildcardPrincipal(), K);
    }

    @Test
    void failsKeyPolicyNoWildcardPrincipal() {
        Tf.doc().resource("aws_kms_key", "k", "{'policy': '{\\'Statement\\': [{\\'Sid\\': \\'Anyone\\', \\'Effect\\': \\'Allow\\', \\'Principal\\': {\\'AWS\\':"
                + " \\'*\\'}, \\'Action\\': \\'kms:Decrypt\\', \\'Resource\\': \\'*\\'}]}'}").fails(new KeyPolicyNoWildcardPrincipal(), K, "statement Anyone allows Principal *");
    }
}
