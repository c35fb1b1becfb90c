package io.glueplatform.checks.rules.glue;

import static io.glueplatform.checks.Tf.rule;
import io.glueplatform.checks.Tf;
import org.junit.jupiter.api.Test;

class GlueRulesTest {

    private static final String SC = "aws_glue_security_configuration.kms";
    private static final String GOOD = "{'encryption_configuration': {'cloudwatch_encryption': {'cloudwatch_encryption_mode': 'SSE-KMS'},"
            + " 'job_bookmarks_encryption': [{'job_bookmarks_encryption_mode': 'CSE-KMS'}], 's3_encryption': {'s3_encryption_mode': 'SSE-KMS'}}}";

    private static Tf configuration(String body) {
        return Tf.doc().resource("aws_glue_security_configuration", "kms", body);
    }

    @Test
    void passesSecurityConfigurationAttached() {
        Tf.doc().resource("aws_glue_job", "j", "{'security_configuration': '${aws_glue_security_configuration.kms.name}'}")
                .passes(rule("GLUE-GLUE-001"), "aws_glue_job.j");
    }

    @Test
    void failsSecurityConfigurationAttached() {
        Tf.doc().resource("aws_glue_crawler", "c", "{'name': 'c'}").fails(rule("GLUE-GLUE-001"), "aws_glue_crawler.c", "no security_configuration");
    }

    @Test
    void passesS3EncryptionConfigured() {
        configuration(GOOD).passes(rule("GLUE-GLUE-002"), SC);
    }

    @Test
    void failsS3EncryptionConfigured() {
        configuration(GOOD.replace("'s3_encryption_mode': 'SSE-KMS'", "'s3_encryption_mode': 'DISABLED'"))
                .fails(rule("GLUE-GLUE-002"), SC, "s3_encryption_mode is DISABLED");
    }

    @Test
    void passesCloudWatchEncryptionConfigured() {
        configuration(GOOD).passes(rule("GLUE-GLUE-003"), SC);
    }

    @Test
    void failsCloudWatchEncryptionConfigured() {
        configuration("{'encryption_configuration': {}}").fails(rule("GLUE-GLUE-003"), SC, "cloudwatch_encryption_mode is DISABLED");
    }

    @Test
    void passesBookmarkEncryptionConfigured() {
        configuration(GOOD).passes(rule("GLUE-GLUE-004"), SC);
    }

    @Test
    void failsBookmarkEncryptionConfigured() {
        configuration(GOOD.replace("CSE-KMS", "DISABLED")).fails(rule("GLUE-GLUE-004"), SC, "job_bookmarks_encryption_mode is DISABLED");
    }

    @Test
    void passesCatalogEncrypted() {
        Tf.doc().resource("aws_glue_data_catalog_encryption_settings", "s", "{'data_catalog_encryption_settings': {'encryption_at_rest':"
                        + " {'catalog_encryption_mode': 'SSE-KMS'}, 'connection_password_encryption': {'return_connection_password_encrypted': true}}}")
                .passes(rule("GLUE-GLUE-005"), "aws_glue_data_catalog_encryption_settings.s");
    }

    @Test
    void failsCatalogEncrypted() {
        Tf.doc().resource("aws_glue_data_catalog_encryption_settings", "s", "{'data_catalog_encryption_settings': {'encryption_at_rest':"
                        + " {'catalog_encryption_mode': 'DISABLED'}}}")
                .fails(rule("GLUE-GLUE-005"), "aws_glue_data_catalog_encryption_settings.s", "catalog_encryption_mode is DISABLED");
    }
}
