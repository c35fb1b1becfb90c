package io.glueplatform.checks.rules.ec2;

import static io.glueplatform.checks.Tf.rule;
import io.glueplatform.checks.Tf;
import org.junit.jupiter.api.Test;

/** Each EC2 rule on an instance and on a launch template (an instance built from a template inherits it). */
class Ec2RulesTest {

    private static final String I = "aws_instance.host";
    private static final String T = "aws_launch_template.host";

    private static Tf fromTemplate(String template, String instance) {
        return Tf.doc().resource("aws_launch_template", "host", template)
                .resource("aws_instance", "host", "{'launch_template': {'id': '${aws_launch_template.host.id}'}" + instance + "}");
    }

    private static final String GOOD_TEMPLATE = "{'metadata_options': {'http_tokens': 'required', 'http_put_response_hop_limit': 1},"
            + " 'block_device_mappings': [{'device_name': '/dev/xvda', 'ebs': {'encrypted': 'true'}}]}";

    @Test
    void passesImdsV2Required() {
        fromTemplate(GOOD_TEMPLATE, "").passes(rule("GLUE-EC2-001"), I);
        fromTemplate(GOOD_TEMPLATE, "").passes(rule("GLUE-EC2-001"), T);
    }

    @Test
    void failsImdsV2Required() {
        Tf.doc().resource("aws_instance", "host", "{'metadata_options': {'http_tokens': 'optional'}}").fails(rule("GLUE-EC2-001"), I, "http_tokens");
    }

    @Test
    void passesMetadataHopLimit() {
        fromTemplate(GOOD_TEMPLATE, "").passes(rule("GLUE-EC2-002"), I);
    }

    @Test
    void failsMetadataHopLimit() {
        Tf.doc().resource("aws_launch_template", "host", "{'metadata_options': {'http_put_response_hop_limit': 2}}")
                .fails(rule("GLUE-EC2-002"), T, "http_put_response_hop_limit is 2");
    }

    @Test
    void passesEncryptedVolumes() {
        fromTemplate(GOOD_TEMPLATE, "").passes(rule("GLUE-EC2-003"), T);
        Tf.doc().resource("aws_instance", "host", "{'root_block_device': [{'encrypted': true}]}").passes(rule("GLUE-EC2-003"), I);
    }

    @Test
    void failsEncryptedVolumes() {
        Tf.doc().resource("aws_instance", "host", "{'ebs_block_device': [{'device_name': '/dev/sdf', 'encrypted': false}]}")
                .fails(rule("GLUE-EC2-003"), I, "unencrypted volume(s): [/dev/sdf]");
        Tf.doc().resource("aws_instance", "host", "{'ami': 'ami-1'}").fails(rule("GLUE-EC2-003"), I, "AMI's default settings");
    }

    @Test
    void passesNoKeyPair() {
        Tf.doc().resource("aws_instance", "host", "{'ami': 'ami-1'}").passes(rule("GLUE-EC2-004"), I);
    }

    @Test
    void failsNoKeyPair() {
        Tf.doc().resource("aws_instance", "host", "{'key_name': 'admin'}").fails(rule("GLUE-EC2-004"), I, "key pair admin is set");
    }

    @Test
    void passesNoPublicIp() {
        Tf.doc().resource("aws_instance", "host", "{'associate_public_ip_address': false}").passes(rule("GLUE-EC2-005"), I);
    }

    @Test
    void failsNoPublicIp() {
        Tf.doc().resource("aws_launch_template", "host", "{'network_interfaces': [{'associate_public_ip_address': 'true'}]}")
                .fails(rule("GLUE-EC2-005"), T, "associate_public_ip_address is true");
    }

    @Test
    void passesNoSecretsInUserData() {
        // What the tools host does: the password is fetched at run time, never a literal.
        Tf.doc().resource("aws_instance", "host", "{'user_data': '#!/bin/bash\\nMYSQL_PWD=$(jq -r .password <<<\\\"$secret\\\")\\nexport MYSQL_PWD'}")
                .passes(rule("GLUE-EC2-006"), I);
    }

    @Test
    void failsNoSecretsInUserData() {
        Tf.doc().resource("aws_instance", "host", "{'user_data': '#!/bin/bash\\nexport AWS_ACCESS_KEY_ID=AKIAABCDEFGHIJKLMNOP\\nDB_PASSWORD=SuperSecret123'}")
                .fails(rule("GLUE-EC2-006"), I, "an AWS access key id, a literal value for DB_PASSWORD");
    }
}
