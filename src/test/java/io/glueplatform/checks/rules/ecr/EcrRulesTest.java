package io.glueplatform.checks.rules.ecr;

import static io.glueplatform.checks.Tf.rule;
import io.glueplatform.checks.Tf;
import org.junit.jupiter.api.Test;

class EcrRulesTest {

    private static final String R = "aws_ecr_repository.r";
    private static final Tf GOOD = Tf.doc().resource("aws_ecr_repository", "r", "{'image_tag_mutability': 'IMMUTABLE',"
            + " 'image_scanning_configuration': {'scan_on_push': true}, 'encryption_configuration': [{'encryption_type': 'KMS'}]}");
    private static final Tf BAD = Tf.doc().resource("aws_ecr_repository", "r", "{'image_tag_mutability': 'MUTABLE',"
            + " 'encryption_configuration': [{'encryption_type': 'AES256'}]}");

    @Test
    void passesImmutableTags() {
        GOOD.passes(rule("GLUE-ECR-001"), R);
    }

    @Test
    void failsImmutableTags() {
        BAD.fails(rule("GLUE-ECR-001"), R, "image_tag_mutability is MUTABLE");
    }

    @Test
    void passesScanOnPush() {
        GOOD.passes(rule("GLUE-ECR-002"), R);
    }

    @Test
    void failsScanOnPush() {
        BAD.fails(rule("GLUE-ECR-002"), R, "scan_on_push is not true");
    }

    @Test
    void passesKmsEncrypted() {
        GOOD.passes(rule("GLUE-ECR-003"), R);
    }

    @Test
    void failsKmsEncrypted() {
        BAD.fails(rule("GLUE-ECR-003"), R, "encryption_type is not KMS");
    }
}
