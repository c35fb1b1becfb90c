package io.glueplatform.checks.rules.ec2;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** GLUE-EC2-006: User data contains no secret (access keys, private keys, literal passwords). */
@RuleInfo(id = "GLUE-EC2-006", severity = Severity.ERROR, resourceTypes = {"aws_instance", "aws_launch_template"},
        title = "User data contains no secret (access keys, private keys, literal passwords)",
        rationale = "User data is readable by anyone who may describe the instance and by every process on it through the"
                + " metadata service; secrets belong in Secrets Manager, fetched at run time.",
        doc = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html",
        fix = "fetch the secret at run time (aws secretsmanager get-secret-value) instead of writing it into user"
                + " data",
        checkov = "CKV_AWS_46", trivy = "AVD-AWS-0029")
public final class NoSecretsInUserData implements Rule {

    @Override
    public Verdict check(Resource resource, StackModel model) {
        String userData = resource.text("user_data");
        if (userData == null) {
            userData = resource.text("user_data_base64");
            if (userData != null && !userData.contains("${")) {
                try {
                    userData = new String(Base64.getDecoder().decode(userData), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return Verdict.notApplicable();
                }
            }
        }
        if (userData == null) {
            return Verdict.notApplicable();
        }
        List<String> found = Hosts.secretsIn(userData);
        return Verdict.when(found.isEmpty(), "user data contains " + String.join(", ", found));
    }
}
