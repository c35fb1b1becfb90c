package io.glueplatform.checks.rules.iam;

import static io.glueplatform.checks.Tf.rule;
import io.glueplatform.checks.Tf;
import org.junit.jupiter.api.Test;

class IamRulesTest {

    private static final String P = "aws_iam_role_policy.p";

    private static Tf policy(String statement) {
        return Tf.doc().resource("aws_iam_role_policy", "p", "{'policy': '{\\'Version\\': \\'2012-10-17\\', \\'Statement\\': ["
                + statement.replace("'", "\\'") + "]}'}");
    }

    @Test
    void passesNoWildcardAction() {
        policy("{'Sid': 'Read', 'Effect': 'Allow', 'Action': ['s3:GetObject'], 'Resource': 'arn:aws:s3:::b/*'}").passes(rule("GLUE-IAM-001"), P);
    }

    @Test
    void failsNoWildcardAction() {
        policy("{'Sid': 'Everything', 'Effect': 'Allow', 'Action': '*', 'Resource': 'arn:aws:s3:::b'}").fails(rule("GLUE-IAM-001"), P, "statement Everything allows every action");
    }

    @Test
    void passesNoWildcardResource() {
        // ecr:GetAuthorizationToken cannot be scoped: Resource * is the only value IAM accepts.
        policy("{'Sid': 'EcrLogin', 'Effect': 'Allow', 'Action': 'ecr:GetAuthorizationToken', 'Resource': '*'}").passes(rule("GLUE-IAM-002"), P);
    }

    @Test
    void failsNoWildcardResource() {
        policy("{'Sid': 'ReadAll', 'Effect': 'Allow', 'Action': ['s3:GetObject', 'ec2:DescribeInstances'], 'Resource': '*'}")
                .fails(rule("GLUE-IAM-002"), P, "statement ReadAll [s3:GetObject]");
    }

    @Test
    void passesNoAdministratorAccess() {
        Tf.doc().resource("aws_iam_role_policy_attachment", "a", "{'policy_arn': 'arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole'}")
                .passes(rule("GLUE-IAM-003"), "aws_iam_role_policy_attachment.a");
    }

    @Test
    void failsNoAdministratorAccess() {
        Tf.doc().resource("aws_iam_role", "r", "{'managed_policy_arns': ['arn:aws:iam::aws:policy/AdministratorAccess']}")
                .fails(rule("GLUE-IAM-003"), "aws_iam_role.r", "AdministratorAccess is attached");
    }

    @Test
    void passesTrustPolicyScoped() {
        Tf.doc().resource("aws_iam_role", "r", "{'assume_role_policy': '{\\'Statement\\': [{\\'Effect\\': \\'Allow\\', \\'Principal\\':"
                + " {\\'Service\\': \\'glue.amazonaws.com\\'}, \\'Action\\': \\'sts:AssumeRole\\'}]}'}").passes(rule("GLUE-IAM-004"), "aws_iam_role.r");
    }

    @Test
    void failsTrustPolicyScoped() {
        Tf.doc().resource("aws_iam_role", "r", "{'assume_role_policy': '{\\'Statement\\': [{\\'Sid\\': \\'Anyone\\', \\'Effect\\': \\'Allow\\',"
                + " \\'Principal\\': {\\'AWS\\': \\'*\\'}, \\'Action\\': \\'sts:AssumeRole\\'}]}'}")
                .fails(rule("GLUE-IAM-004"), "aws_iam_role.r", "statement Anyone lets any principal assume the role");
    }
}
