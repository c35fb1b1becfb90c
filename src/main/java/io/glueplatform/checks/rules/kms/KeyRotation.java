package io.glueplatform.checks.rules.kms;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-KMS-001: Customer-managed symmetric KMS keys rotate automatically. */
@RuleInfo(id = "GLUE-KMS-001", severity = Severity.ERROR, resourceTypes = "aws_kms_key",
        title = "Customer-managed symmetric KMS keys rotate automatically",
        rationale = "Yearly rotation limits how much data one key version protects; it is free and transparent to"
                + " callers.",
        doc = "https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html",
        fix = "set enable_key_rotation = true",
        checkov = "CKV_AWS_7", trivy = "AVD-AWS-0065", cdkNag = "AwsSolutions-KMS5")
public final class KeyRotation implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        String spec = resource.text("customer_master_key_spec");
        if (spec != null && !spec.equals("SYMMETRIC_DEFAULT")) {
            return Verdict.notApplicable();
        }
        return Verdict.when(resource.bool("enable_key_rotation", false), "enable_key_rotation is not true");
    }
}
