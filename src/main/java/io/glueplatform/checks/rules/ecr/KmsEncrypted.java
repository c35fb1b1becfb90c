package io.glueplatform.checks.rules.ecr;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-ECR-003: ECR repositories encrypt images with KMS. */
@RuleInfo(id = "GLUE-ECR-003", severity = Severity.ERROR, resourceTypes = "aws_ecr_repository",
        title = "ECR repositories encrypt images with KMS",
        rationale = "The default AES256 encryption uses a key outside the account's control; KMS ties image access to the"
                + " key policy.",
        doc = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html",
        fix = "set encryption_configuration { encryption_type = KMS, kms_key = the environment key }",
        checkov = "CKV_AWS_136")
public final class KmsEncrypted implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Verdict.when("KMS".equals(resource.block("encryption_configuration").path("encryption_type").asText()), "encryption_type is not KMS");
    }
}
