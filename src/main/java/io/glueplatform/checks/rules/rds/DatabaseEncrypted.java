package io.glueplatform.checks.rules.rds;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-RDS-001: RDS instances encrypt storage at rest. */
@RuleInfo(id = "GLUE-RDS-001", severity = Severity.ERROR, resourceTypes = "aws_db_instance",
        title = "RDS instances encrypt storage at rest",
        rationale = "Unencrypted storage, snapshots and replicas expose the data to anyone who obtains a copy; encryption"
                + " cannot be turned on later without a migration.",
        doc = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html",
        fix = "set storage_encrypted = true and kms_key_id to the environment key",
        checkov = "CKV_AWS_16", trivy = "AVD-AWS-0080", cdkNag = "AwsSolutions-RDS2")
public final class DatabaseEncrypted implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        return Verdict.when(resource.bool("storage_encrypted", false) || resource.has("replicate_source_db"), "storage_encrypted is not true");
    }
}
