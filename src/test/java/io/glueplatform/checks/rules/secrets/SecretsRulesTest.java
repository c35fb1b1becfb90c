package io.glueplatform.checks.rules.secrets;

import io.glueplatform.checks.Tf;
import org.junit.jupiter.api.Test;

class SecretsRulesTest {

    @Test
    void passesSecretCustomerKey() {
        Tf.doc().resource("aws_secretsmanager_secret", "s", "{'kms_key_id': '${aws_kms_key.k.arn}'}").passes(new SecretCustomerKey(), "aws_secretsmanager_secret.s");
    }

    @Test
    void failsSecretCustomerKey() {
        Tf.doc().resource("aws_secretsmanager_secret", "s", "{'name': 's'}").fails(new SecretCustomerKey(), "aws_secretsmanager_secret.s", "not a customer key");
        Tf.doc().resource("aws_secretsmanager_secret", "s", "{'kms_key_id': 'alias/aws/secretsmanager'}")
                .fails(new SecretCustomerKey(), "aws_secretsmanager_secret.s", "not a customer key");
    }
}
