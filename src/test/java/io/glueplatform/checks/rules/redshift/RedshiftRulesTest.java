package io.glueplatform.checks.rules.redshift;

import static io.glueplatform.checks.Tf.rule;
import io.glueplatform.checks.Tf;
import org.junit.jupiter.api.Test;

class RedshiftRulesTest {

    private static final String C = "aws_redshift_cluster.c";
    private static final Tf GOOD = Tf.doc().resource("aws_redshift_cluster", "c", "{'encrypted': true, 'kms_key_id': '${aws_kms_key.k.arn}',"
            + " 'logging': {'enable': true, 'log_destination_type': 'cloudwatch'}, 'enhanced_vpc_routing': true, 'publicly_accessible': false,"
            + " 'cluster_subnet_group_name': '${aws_redshift_subnet_group.s.name}'}");
    private static final Tf BARE = Tf.doc().resource("aws_redshift_cluster", "c", "{'node_type': 'ra3.xlplus'}");

    @Test
    void passesClusterEncrypted() {
        GOOD.passes(rule("GLUE-RS-001"), C);
    }

    @Test
    void failsClusterEncrypted() {
        BARE.fails(rule("GLUE-RS-001"), C, "encrypted is not true");
    }

    @Test
    void passesClusterCustomerKey() {
        GOOD.passes(rule("GLUE-RS-002"), C);
    }

    @Test
    void failsClusterCustomerKey() {
        BARE.fails(rule("GLUE-RS-002"), C, "kms_key_id is not set");
    }

    @Test
    void passesClusterAuditLogging() {
        GOOD.passes(rule("GLUE-RS-003"), C);
        // The separate resource of provider 5.x counts as well.
        Tf.doc().resource("aws_redshift_cluster", "c", "{'node_type': 'ra3.xlplus'}")
                .resource("aws_redshift_logging", "l", "{'cluster_identifier': '${aws_redshift_cluster.c.id}', 'log_destination_type': 'cloudwatch'}")
                .passes(rule("GLUE-RS-003"), C);
    }

    @Test
    void failsClusterAuditLogging() {
        BARE.fails(rule("GLUE-RS-003"), C, "audit logging is not enabled");
    }

    @Test
    void passesEnhancedVpcRouting() {
        GOOD.passes(rule("GLUE-RS-004"), C);
    }

    @Test
    void failsEnhancedVpcRouting() {
        BARE.fails(rule("GLUE-RS-004"), C, "enhanced_vpc_routing is not true");
    }

    @Test
    void passesClusterPrivate() {
        GOOD.passes(rule("GLUE-RS-005"), C);
    }

    @Test
    void failsClusterPrivate() {
        // Provider 5.x defaults publicly_accessible to true: an unset value fails.
        BARE.fails(rule("GLUE-RS-005"), C, "publicly_accessible is true");
    }

    @Test
    void passesRequireSsl() {
        Tf.doc().resource("aws_redshift_parameter_group", "p", "{'parameter': [{'name': 'require_ssl', 'value': 'true'}]}")
                .passes(rule("GLUE-RS-006"), "aws_redshift_parameter_group.p");
    }

    @Test
    void failsRequireSsl() {
        Tf.doc().resource("aws_redshift_parameter_group", "p", "{'parameter': [{'name': 'require_ssl', 'value': 'false'}]}")
                .fails(rule("GLUE-RS-006"), "aws_redshift_parameter_group.p", "require_ssl is not true");
    }

    @Test
    void passesClusterInVpc() {
        GOOD.passes(rule("GLUE-RS-007"), C);
    }

    @Test
    void failsClusterInVpc() {
        BARE.fails(rule("GLUE-RS-007"), C, "cluster_subnet_group_name is not set");
    }
}
