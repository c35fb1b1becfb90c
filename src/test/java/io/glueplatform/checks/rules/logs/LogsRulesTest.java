package io.glueplatform.checks.rules.logs;

import static io.glueplatform.checks.Tf.rule;
import io.glueplatform.checks.Tf;
import org.junit.jupiter.api.Test;

class LogsRulesTest {

    private static final String L = "aws_cloudwatch_log_group.l";

    @Test
    void passesLogGroupEncrypted() {
        Tf.doc().resource("aws_cloudwatch_log_group", "l", "{'kms_key_id': '${aws_kms_key.k.arn}'}").passes(rule("GLUE-LOG-001"), L);
    }

    @Test
    void failsLogGroupEncrypted() {
        Tf.doc().resource("aws_cloudwatch_log_group", "l", "{'name': 'l'}").fails(rule("GLUE-LOG-001"), L, "kms_key_id is not set");
    }

    @Test
    void passesLogGroupRetention() {
        Tf.doc().resource("aws_cloudwatch_log_group", "l", "{'retention_in_days': 14}").passes(rule("GLUE-LOG-002"), L);
    }

    @Test
    void failsLogGroupRetention() {
        Tf.doc().resource("aws_cloudwatch_log_group", "l", "{'retention_in_days': 0}").fails(rule("GLUE-LOG-002"), L, "logs never expire");
    }
}
