package io.glueplatform.checks.rules.ecr;

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
        GOOD.passes(new ImmutableTags(), R);
    }

    @Test
    void failsImmutableTags() {
        BAD.fails(new ImmutableTags(), R, "image_tag_mutability is MUTABLE");
    }

    @Test
    void passesScanOnPush() {
        GOOD.passes(new ScanOnPush(), R);
    }

    @Test
    void failsScanOnPush() {
        BAD.fails(new ScanOnPush(), R, "scan_on_push is not true");
    }

    @Test
    void passesKmsEncrypted() {
        GOOD.passes(new KmsEncrypted(), R);
    }

    @Test
    void failsKmsEncrypted() {
        BAD.fails(new KmsEncrypted(), R, "encryption_type is not KMS");
    }
}
