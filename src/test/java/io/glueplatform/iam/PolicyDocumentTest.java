package io.glueplatform.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static io.glueplatform.testing.Json.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** Rendering of IAM policy JSON, without synthesizing a stack. */
class PolicyDocumentTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aSingleActionAndResourceRenderAsPlainStrings() {
        String json = PolicyDocument.of(PolicyStatement.allow("ReadOne", List.of("s3:GetObject"), List.of("arn:aws:s3:::b/k")));
        assertThat(json).as("rendered document").isEqualTo(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"ReadOne\",\"Effect\":\"Allow\","
                        + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/k\"}]}");
    }

    @Test
    void multipleActionsAndResourcesRenderAsArraysInDeclarationOrder() {
        JsonNode statement = onlyStatement(PolicyDocument.of(PolicyStatement.allow("ReadMany",
                List.of("s3:GetObject", "s3:GetObjectVersion"), List.of("arn:aws:s3:::b/raw/*", "arn:aws:s3:::b/processed/*"))));
        assertThat(statement.path("Action").isArray()).as("Action is an array").isTrue();
        assertThat(texts(statement.path("Action"))).as("actions").containsExactly("s3:GetObject", "s3:GetObjectVersion");
        assertThat(statement.path("Resource").isArray()).as("Resource is an array").isTrue();
        assertThat(texts(statement.path("Resource"))).as("resources").containsExactly("arn:aws:s3:::b/raw/*", "arn:aws:s3:::b/processed/*");
    }

    @Test
    void everyStatementIsRenderedInOrderWithItsOwnEffect() {
        JsonNode document = parse(PolicyDocument.of(
                PolicyStatement.allow("First", List.of("s3:GetObject"), List.of("arn:aws:s3:::b/*")),
                PolicyStatement.allow("Second", List.of("s3:PutObject"), List.of("arn:aws:s3:::b/*")).deny()));
        assertThat(document.path("Version").asText()).as("policy language version").isEqualTo("2012-10-17");
        assertThat(document.path("Statement").size()).as("statements").isEqualTo(2);
        assertThat(document.path("Statement").get(0).path("Sid").asText()).as("first sid").isEqualTo("First");
        assertThat(document.path("Statement").get(0).path("Effect").asText()).as("first effect").isEqualTo("Allow");
        assertThat(document.path("Statement").get(1).path("Sid").asText()).as("second sid").isEqualTo("Second");
        assertThat(document.path("Statement").get(1).path("Effect").asText()).as("deny() flips the effect").isEqualTo("Deny");
    }

    @Test
    void aStatementWithoutResourcesOrSidOmitsThoseKeys() {
        JsonNode statement = onlyStatement(PolicyDocument.of(new PolicyStatement(null, "Allow", null, List.of("sts:AssumeRole"), null, null)));
        assertThat(statement.has("Resource")).as("no Resource key without resources").isFalse();
        assertThat(statement.has("Sid")).as("no Sid key without sid").isFalse();
        assertThat(statement.has("Principal")).as("no Principal key without principals").isFalse();
        assertThat(statement.has("Condition")).as("no Condition key without conditions").isFalse();
    }

    @Test
    void trustPolicyNamesTheServiceAsPrincipalAndHasNoResource() {
        assertThat(PolicyDocument.assumeRoleBy("glue.amazonaws.com")).as("trust policy").isEqualTo(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"AssumeRole\",\"Effect\":\"Allow\","
                        + "\"Principal\":{\"Service\":\"glue.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}");
    }

    @Test
    void principalsRenderOneIdentifierAsStringAndSeveralAsArray() {
        JsonNode principal = onlyStatement(PolicyDocument.of(PolicyStatement.allow("P", List.of("kms:Decrypt"), List.of("*"))
                .withPrincipal("AWS", "arn:aws:iam::111122223333:root")
                .withPrincipal("Service", "logs.us-east-2.amazonaws.com", "delivery.logs.amazonaws.com"))).path("Principal");
        assertThat(principal.path("AWS").isTextual()).as("single AWS principal is a string").isTrue();
        assertThat(principal.path("AWS").asText()).as("AWS principal").isEqualTo("arn:aws:iam::111122223333:root");
        assertThat(texts(principal.path("Service"))).as("service principals").containsExactly("logs.us-east-2.amazonaws.com", "delivery.logs.amazonaws.com");
        assertThat(principal.path("Service").isArray()).as("several service principals are an array").isTrue();
    }

    @Test
    void conditionsNestOperatorKeyAndValueAndMergeKeysOfTheSameOperator() {
        JsonNode condition = onlyStatement(PolicyDocument.of(PolicyStatement.allow("C", List.of("s3:ListBucket"), List.of("arn:aws:s3:::b"))
                .withCondition("StringLike", "s3:prefix", List.of("raw/*", "curated/*"))
                .withCondition("StringEquals", "aws:SourceAccount", "111122223333")
                .withCondition("StringEquals", "aws:PrincipalAccount", "111122223333"))).path("Condition");
        assertThat(texts(condition.path("StringLike").path("s3:prefix"))).as("StringLike s3:prefix").containsExactly("raw/*", "curated/*");
        assertThat(condition.path("StringEquals").size()).as("keys merged under StringEquals").isEqualTo(2);
        assertThat(condition.path("StringEquals").path("aws:SourceAccount").asText()).as("SourceAccount").isEqualTo("111122223333");
        assertThat(condition.path("StringEquals").path("aws:PrincipalAccount").asText()).as("PrincipalAccount").isEqualTo("111122223333");
    }

    /** Synthesized JSON must be reproducible: the same statement renders to the same text in every JVM. */
    @Test
    void principalTypesAndConditionOperatorsRenderInDeclarationOrder() {
        String json = PolicyDocument.of(PolicyStatement.allow("Ordered", List.of("kms:Decrypt"), List.of("arn:aws:kms:us-east-2:111122223333:key/k"))
                .withPrincipal("Service", "logs.us-east-2.amazonaws.com")
                .withPrincipal("AWS", "arn:aws:iam::111122223333:root")
                .withPrincipal("Federated", "cognito-identity.amazonaws.com")
                .withCondition("StringEquals", "aws:SourceAccount", "111122223333")
                .withCondition("ArnLike", "aws:SourceArn", "arn:aws:logs:us-east-2:111122223333:*")
                .withCondition("Bool", "aws:SecureTransport", "true"));
        assertThat(json).as("rendered document keeps declaration order").isEqualTo(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Ordered\",\"Effect\":\"Allow\","
                        + "\"Principal\":{\"Service\":\"logs.us-east-2.amazonaws.com\",\"AWS\":\"arn:aws:iam::111122223333:root\","
                        + "\"Federated\":\"cognito-identity.amazonaws.com\"},"
                        + "\"Action\":\"kms:Decrypt\",\"Resource\":\"arn:aws:kms:us-east-2:111122223333:key/k\","
                        + "\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"111122223333\"},"
                        + "\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:logs:us-east-2:111122223333:*\"},"
                        + "\"Bool\":{\"aws:SecureTransport\":\"true\"}}}]}");
    }

    @Test
    void terraformReferencesStayAsInterpolationsInsideTheJson() {
        JsonNode statement = onlyStatement(PolicyDocument.of(PolicyStatement.allow("Ref", List.of("s3:GetObject"),
                List.of("${aws_s3_bucket.s3_lake_this.arn}/raw/*"))));
        assertThat(statement.path("Resource").asText()).as("reference kept verbatim").isEqualTo("${aws_s3_bucket.s3_lake_this.arn}/raw/*");
    }

    @Test
    void statementsAreImmutableValues() {
        PolicyStatement base = PolicyStatement.allow("S", List.of("s3:GetObject"), List.of("arn:aws:s3:::b/*"));
        PolicyStatement withCondition = base.withCondition("Bool", "aws:SecureTransport", "true");
        assertThat(base.conditions()).as("withCondition leaves the original untouched").isEmpty();
        assertThat(withCondition.conditions()).as("new statement has the condition")
                .isEqualTo(Map.of("Bool", Map.of("aws:SecureTransport", "true")));
        assertThat(base.deny().effect()).as("deny copy").isEqualTo("Deny");
        assertThat(base.effect()).as("original effect").isEqualTo("Allow");
    }

    private static JsonNode onlyStatement(String json) {
        JsonNode statements = parse(json).path("Statement");
        assertThat(statements.size()).as("statements in %s", json).isEqualTo(1);
        return statements.get(0);
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
