package io.glueplatform.checks.rules.rds;

import static io.glueplatform.checks.Tf.rule;
import io.glueplatform.checks.Tf;
import org.junit.jupiter.api.Test;

/** Each RDS rule: the instance the platform builds passes, one deliberate gap fails. */
class RdsRulesTest {

    private static final String DB = "aws_db_instance.db";
    private static final String GOOD = "'engine': 'mysql', 'storage_encrypted': true, 'publicly_accessible': false, 'iam_database_authentication_enabled': true,"
            + " 'deletion_protection': true, 'backup_retention_period': 7, 'enabled_cloudwatch_logs_exports': ['error'], 'multi_az': true,"
            + " 'manage_master_user_password': true, 'parameter_group_name': '${aws_db_parameter_group.tls.name}'";

    private static Tf db(String body) {
        return Tf.doc().environment("prod")
                .resource("aws_db_parameter_group", "tls", "{'family': 'mysql8.0', 'parameter': [{'name': 'require_secure_transport', 'value': '1'}]}")
                .resource("aws_db_instance", "db", "{" + body + "}");
    }

    private static Tf without(String attribute, String replacement) {
        return db(GOOD.replaceAll("'" + attribute + "': [^,]+", replacement));
    }

    @Test
    void passesDatabaseEncrypted() {
        db(GOOD).passes(rule("GLUE-RDS-001"), DB);
    }

    @Test
    void failsDatabaseEncrypted() {
        without("storage_encrypted", "'storage_encrypted': false").fails(rule("GLUE-RDS-001"), DB, "storage_encrypted is not true");
    }

    @Test
    void passesDatabasePrivate() {
        db(GOOD).passes(rule("GLUE-RDS-002"), DB);
    }

    @Test
    void failsDatabasePrivate() {
        without("publicly_accessible", "'publicly_accessible': 'true'").fails(rule("GLUE-RDS-002"), DB, "publicly_accessible is true");
    }

    @Test
    void passesDatabaseIamAuthentication() {
        db(GOOD).passes(rule("GLUE-RDS-003"), DB);
    }

    @Test
    void failsDatabaseIamAuthentication() {
        without("iam_database_authentication_enabled", "'x': 1").fails(rule("GLUE-RDS-003"), DB, "iam_database_authentication_enabled");
    }

    @Test
    void passesDatabaseDeletionProtection() {
        db(GOOD).passes(rule("GLUE-RDS-004"), DB);
    }

    @Test
    void failsDatabaseDeletionProtection() {
        without("deletion_protection", "'deletion_protection': false").fails(rule("GLUE-RDS-004"), DB, "deletion_protection is not true");
    }

    @Test
    void passesDatabaseBackups() {
        db(GOOD).passes(rule("GLUE-RDS-005"), DB);
    }

    @Test
    void failsDatabaseBackups() {
        without("backup_retention_period", "'backup_retention_period': 0").fails(rule("GLUE-RDS-005"), DB, "backup_retention_period is 0");
    }

    @Test
    void passesDatabaseLogExports() {
        db(GOOD).passes(rule("GLUE-RDS-006"), DB);
    }

    @Test
    void failsDatabaseLogExports() {
        db(GOOD.replace("['error']", "[]")).fails(rule("GLUE-RDS-006"), DB, "enabled_cloudwatch_logs_exports is empty");
    }

    @Test
    void passesDatabaseTlsRequired() {
        db(GOOD).passes(rule("GLUE-RDS-007"), DB);
        // PostgreSQL 15 and later enforce TLS by default, even without a parameter group.
        Tf.doc().resource("aws_db_instance", "db", "{'engine': 'postgres', 'engine_version': '16'}").passes(rule("GLUE-RDS-007"), DB);
    }

    @Test
    void failsDatabaseTlsRequired() {
        without("parameter_group_name", "'x': 1").fails(rule("GLUE-RDS-007"), DB, "require_secure_transport is not on (no parameter group");
        Tf.doc().resource("aws_db_instance", "db", "{'engine': 'postgres', 'engine_version': '14.9'}").fails(rule("GLUE-RDS-007"), DB, "rds.force_ssl is not 1");
    }

    @Test
    void passesDatabaseMultiAzInProduction() {
        db(GOOD).passes(rule("GLUE-RDS-008"), DB);
        Tf.doc().environment("dev").resource("aws_db_instance", "db", "{'multi_az': false}").notApplicable(rule("GLUE-RDS-008"), DB);
    }

    @Test
    void failsDatabaseMultiAzInProduction() {
        without("multi_az", "'multi_az': false").fails(rule("GLUE-RDS-008"), DB, "multi_az is not true in environment prod");
    }

    @Test
    void passesDatabasePasswordNotInState() {
        db(GOOD).passes(rule("GLUE-RDS-009"), DB);
    }

    @Test
    void failsDatabasePasswordNotInState() {
        without("manage_master_user_password", "'password': 'hunter22'").fails(rule("GLUE-RDS-009"), DB, "ends up in state");
    }
}
