package io.glueplatform.checks.rules.glue;

import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;

/** A Glue security configuration encrypts three things separately, each with its own mode attribute. */
final class SecurityConfigurations {
    private SecurityConfigurations() {
    }

    /** PASS when {@code encryption_configuration.<block>.<attribute>} is {@code mode} (absent counts as DISABLED). */
    static Verdict requireMode(Resource configuration, String block, String attribute, String mode) {
        String actual = TerraformDocument.block(configuration.block("encryption_configuration").path(block)).path(attribute).asText("DISABLED");
        return Verdict.when(actual.equals(mode), attribute + " is " + actual);
    }
}
