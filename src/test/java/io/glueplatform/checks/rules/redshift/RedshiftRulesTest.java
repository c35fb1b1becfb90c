package io.glueplatform.checks.rules.redshift;

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
        GOOD.passes(new ClusterEncrypted(), C);
    }

    @Test
    void failsClusterEncrypted() {
        BARE.fails(new ClusterEncrypted(), C, "encrypted is not true");
    }

    @Test
    void passesClusterCustomerKey() {
        GOOD.passes(new ClusterCustomerKey(), C);
    }

    @Test
    void failsClusterCustomerKey() {
        BARE.fails(new ClusterCustomerKey(), C, "kms_key_id is not set");
    }

    @Test
    void passesClusterAuditLogging() {
        GOOD.passes(new ClusterAuditLogging(), C);
        // The separate resource of provider 5.x counts as well.
        Tf.doc().resource("aws_redshift_cluster", "c", "{'node_type': 'ra3.xlplus'}")
                .resource("aws_redshift_logging", "l", "{'cluster_identifier': '${aws_redshift_cluster.c.id}', 'log_destination_type': 'cloudwatch'}")
                .passes(new ClusterAuditLogging(), C);
    }

    @Test
    void failsClusterAuditLogging() {
        BARE.fails(new ClusterAuditLogging(), C, "audit logging is not enabled");
    }

    @Test
    void passesEnhancedVpcRouting() {
        GOOD.passes(new EnhancedVpcRouting(), C);
    }

    @Test
    void failsEnhancedVpcRouting() {
        BARE.fails(new EnhancedVpcRouting(), C, "enhanced_vpc_routing is not true");
    }

    @Test
    void passesClusterPrivate() {
        GOOD.passes(new ClusterPrivate(), C);
    }

    @Test
    void failsClusterPrivate() {
        // Provider 5.x defaults publicly_accessible to true: an unset value fails.
        BARE.fails(new ClusterPrivate(), C, "publicly_accessible is true");
    }

    @Test
    void passesRequireSsl() {
        Tf.doc().resource("aws_redshift_parameter_group", "p", "{'parameter': [{'name': 'require_ssl', 'value': 'true'}]}")
                .passes(new RequireSsl(), "aws_redshift_parameter_group.p");
    }

    @Test
    void failsRequireSsl() {
        Tf.doc().resource("aws_redshift_parameter_group", "p", "{'parameter': [{'name': 'require_ssl', 'value': 'false'}]}")
                .fails(new RequireSsl(), "aws_redshift_parameter_group.p", "require_ssl is not true");
    }

    @Test
    void passesClusterInVpc() {
        GOOD.passes(new ClusterInVpc(), C);
    }

    @Test
    void failsClusterInVpc() {
        BARE.fails(new ClusterInVpc(), C, "cluster_subnet_group_name is not set");
    }
}
