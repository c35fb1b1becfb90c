package io.glueplatform.checks.rules.logs;

import io.glueplatform.checks.Tf;
import org.junit.jupiter.api.Test;

class LogsRulesTest {

    private static final String L = "aws_cloudwatch_log_group.l";

    @Test
    void passesLogGroupEncrypted() {
        Tf.doc().resource("aws_cloudwatch_log_group", "l", "{'kms_key_id': '${aws_kms_key.k.arn}'}").passes(new LogGroupEncrypted(), L);
    }

    @Test
    void failsLogGroupEncrypted() {
        Tf.doc().resource("aws_cloudwatch_log_group", "l", "{'name': 'l'}").fails(new LogGroupEncrypted(), L, "kms_key_id is not set");
    }

    @Test
    void passesLogGroupRetention() {
        Tf.doc().resource("aws_cloudwatch_log_group", "l", "{'retention_in_days': 14}").passes(new LogGroupRetention(), L);
    }

    @Test
    void failsLogGroupRetention() {
        Tf.doc().resource("aws_cloudwatch_log_group", "l", "{'retention_in_days': 0}").fails(new LogGroupRetention(), L, "logs never expire");
    }
}
