package io.glueplatform.checks.rules.rds;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

/** GLUE-RDS-009: RDS master passwords are managed by RDS, never a Terraform value. */
@RuleInfo(id = "GLUE-RDS-009", severity = Severity.ERROR, resourceTypes = "aws_db_instance",
        title = "RDS master passwords are managed by RDS, never a Terraform value",
        rationale = "A password given to Terraform is stored in plain text in the state and the plan;"
                + " manage_master_user_password keeps it in Secrets Manager, rotated by RDS.",
        doc = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html",
        fix = "set manage_master_user_password = true and remove password")
public final class DatabasePasswordNotInState implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        if (resource.has("replicate_source_db") || resource.has("snapshot_identifier")) {
            return Verdict.notApplicable();
        }
        return Verdict.when(!resource.has("password") && resource.bool("manage_master_user_password", false),
                resource.has("password") ? "the master password is a Terraform value (it ends up in state)" : "manage_master_user_password is not true");
    }
}
