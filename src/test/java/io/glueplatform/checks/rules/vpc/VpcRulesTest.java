package io.glueplatform.checks.rules.vpc;

import static io.glueplatform.checks.Tf.rule;
import io.glueplatform.checks.Tf;
import org.junit.jupiter.api.Test;

class VpcRulesTest {

    @Test
    void passesFlowLogs() {
        Tf.doc().resource("aws_vpc", "v", "{'cidr_block': '10.0.0.0/16'}")
                .resource("aws_flow_log", "f", "{'vpc_id': '${aws_vpc.v.id}', 'traffic_type': 'ALL'}")
                .passes(rule("GLUE-VPC-001"), "aws_vpc.v");
    }

    @Test
    void failsFlowLogs() {
        Tf.doc().resource("aws_vpc", "v", "{'cidr_block': '10.0.0.0/16'}")
                .resource("aws_vpc", "other", "{'cidr_block': '10.1.0.0/16'}")
                .resource("aws_flow_log", "f", "{'vpc_id': '${aws_vpc.other.id}'}")
                .fails(rule("GLUE-VPC-001"), "aws_vpc.v", "no aws_flow_log records this VPC's traffic");
    }
}
