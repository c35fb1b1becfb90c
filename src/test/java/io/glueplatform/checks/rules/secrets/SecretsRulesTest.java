package io.glueplatform.checks.rules.secrets;

import static io.glueplatform.checks.Tf.rule;
import io.glueplatform.checks.Tf;
import org.junit.jupiter.api.Test;

class SecretsRulesTest {

    @Test
    void passesSecretCustomerKey() {
        Tf.doc().resource("aws_secretsmanager_secret", "s", "{'kms_key_id': '${aws_kms_key.k.arn}'}").passes(rule("GLUE-SM-001"), "aws_secretsmanager_secret.s");
    }

    @Test
    void failsSecretCustomerKey() {
        Tf.doc().resource("aws_secretsmanager_secret", "s", "{'name': 's'}").fails(rule("GLUE-SM-001"), "aws_secretsmanager_secret.s", "not a customer key");
        Tf.doc().resource("aws_secretsmanager_secret", "s", "{'kms_key_id': 'alias/aws/secretsmanager'}")
                .fails(rule("GLUE-SM-001"), "aws_secretsmanager_secret.s", "not a customer key");
    }
}
