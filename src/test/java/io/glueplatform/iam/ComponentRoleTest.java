package io.glueplatform.iam;

import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.Testing;
import io.glueplatform.cdk.Naming;
import io.glueplatform.iam.ComponentRole.TrustedService;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A role created by the component that runs as it: incomplete settings fail in one sentence, before any construct exists. */
class ComponentRoleTest {

    @Test
    void refusesARoleWithoutNameTrustOrDescriptionAndLeavesNothingBehind() {
        TerraformStack scratch = new TerraformStack(Testing.app(), "roles");
        Naming naming = new Naming("roles");
        assertThatThrownBy(() -> new ComponentRole(scratch, naming, null, TrustedService.EC2, "probe"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("iam role: role is required but was not given");
        assertThatThrownBy(() -> new ComponentRole(scratch, naming, "probe", null, "probe"))
                .hasMessage("iam role probe: trustedBy is required but was not given");
        assertThatThrownBy(() -> new ComponentRole(scratch, naming, "probe", TrustedService.EC2, null))
                .hasMessage("iam role probe: description is required but was not given");
        assertThat(scratch.getNode().getChildren()).as("constructs left by refused roles").isEmpty();
        assertThat(new ComponentRole(scratch, naming, "probe", TrustedService.EC2, "probe").name()).isNotBlank();
    }
}
