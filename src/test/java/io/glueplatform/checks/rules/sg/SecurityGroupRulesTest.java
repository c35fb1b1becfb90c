package io.glueplatform.checks.rules.sg;

import static io.glueplatform.checks.Tf.rule;
import io.glueplatform.checks.Tf;
import org.junit.jupiter.api.Test;

/** Each security group rule, over the three Terraform forms of a permission. */
class SecurityGroupRulesTest {

    private static Tf sgResource(String type, String body) {
        return Tf.doc().resource(type, "r", body);
    }

    private static Tf ingress(String body) {
        return sgResource("aws_vpc_security_group_ingress_rule", body);
    }

    @Test
    void passesRuleDescribed() {
        ingress("{'description': 'MySQL from Glue', 'ip_protocol': 'tcp', 'from_port': 3306, 'to_port': 3306}")
                .passes(rule("GLUE-SG-001"), "aws_vpc_security_group_ingress_rule.r");
    }

    @Test
    void failsRuleDescribed() {
        sgResource("aws_security_group", "{'description': 'g', 'ingress': [{'protocol': 'tcp', 'from_port': 443, 'to_port': 443, 'cidr_blocks': ['10.0.0.0/16']}]}")
                .fails(rule("GLUE-SG-001"), "aws_security_group.r", "no description on ingress tcp 443 from 10.0.0.0/16");
    }

    @Test
    void passesNoWorldSsh() {
        ingress("{'ip_protocol': 'tcp', 'from_port': 22, 'to_port': 22, 'cidr_ipv4': '203.0.113.0/24'}").passes(rule("GLUE-SG-002"), "aws_vpc_security_group_ingress_rule.r");
    }

    @Test
    void failsNoWorldSsh() {
        sgResource("aws_security_group_rule", "{'type': 'ingress', 'protocol': 'tcp', 'from_port': 0, 'to_port': 1024, 'cidr_blocks': ['0.0.0.0/0']}")
                .fails(rule("GLUE-SG-002"), "aws_security_group_rule.r", "SSH open to the world");
    }

    @Test
    void passesNoWorldRdp() {
        ingress("{'ip_protocol': 'tcp', 'from_port': 443, 'to_port': 443, 'cidr_ipv4': '0.0.0.0/0'}").passes(rule("GLUE-SG-003"), "aws_vpc_security_group_ingress_rule.r");
    }

    @Test
    void failsNoWorldRdp() {
        ingress("{'ip_protocol': '-1', 'cidr_ipv6': '::/0'}").fails(rule("GLUE-SG-003"), "aws_vpc_security_group_ingress_rule.r", "RDP open to the world");
    }

    @Test
    void passesNoWorldIngress() {
        ingress("{'ip_protocol': 'tcp', 'from_port': 5439, 'to_port': 5439, 'cidr_ipv4': '${aws_eip.nat.public_ip}/32'}")
                .passes(rule("GLUE-SG-004"), "aws_vpc_security_group_ingress_rule.r");
    }

    @Test
    void failsNoWorldIngress() {
        ingress("{'ip_protocol': 'tcp', 'from_port': 8080, 'to_port': 8080, 'cidr_ipv4': '0.0.0.0/0'}")
                .fails(rule("GLUE-SG-004"), "aws_vpc_security_group_ingress_rule.r", "open to the world: ingress tcp 8080 from 0.0.0.0/0");
    }

    @Test
    void passesNoUnrestrictedEgress() {
        sgResource("aws_vpc_security_group_egress_rule", "{'ip_protocol': 'tcp', 'from_port': 443, 'to_port': 443, 'cidr_ipv4': '0.0.0.0/0'}")
                .passes(rule("GLUE-SG-005"), "aws_vpc_security_group_egress_rule.r");
    }

    @Test
    void failsNoUnrestrictedEgress() {
        sgResource("aws_security_group", "{'description': 'g', 'egress': [{'protocol': '-1', 'from_port': 0, 'to_port': 0, 'cidr_blocks': ['0.0.0.0/0']}]}")
                .fails(rule("GLUE-SG-005"), "aws_security_group.r", "unrestricted egress: egress all traffic to 0.0.0.0/0");
    }

    @Test
    void passesDefaultSecurityGroupClosed() {
        Tf.doc().resource("aws_vpc", "v", "{'cidr_block': '10.0.0.0/16'}")
                .resource("aws_default_security_group", "d", "{'vpc_id': '${aws_vpc.v.id}', 'ingress': [], 'egress': []}")
                .passes(rule("GLUE-SG-006"), "aws_vpc.v");
    }

    @Test
    void failsDefaultSecurityGroupClosed() {
        Tf.doc().resource("aws_vpc", "v", "{'cidr_block': '10.0.0.0/16'}").fails(rule("GLUE-SG-006"), "aws_vpc.v", "not managed");
        Tf.doc().resource("aws_vpc", "v", "{'cidr_block': '10.0.0.0/16'}")
                .resource("aws_default_security_group", "d", "{'vpc_id': '${aws_vpc.v.id}', 'egress': [{'protocol': '-1', 'cidr_blocks': ['0.0.0.0/0']}]}")
                .fails(rule("GLUE-SG-006"), "aws_vpc.v", "aws_default_security_group.d still has rules");
    }

    @Test
    void passesSecurityGroupDescribed() {
        sgResource("aws_security_group", "{'description': 'Glue ENIs'}").passes(rule("GLUE-SG-007"), "aws_security_group.r");
    }

    @Test
    void failsSecurityGroupDescribed() {
        sgResource("aws_security_group", "{'description': 'Managed by Terraform'}").fails(rule("GLUE-SG-007"), "aws_security_group.r", "no description");
    }
}
