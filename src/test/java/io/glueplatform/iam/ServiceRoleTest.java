package io.glueplatform.iam;

import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.Testing;
import io.glueplatform.cdk.Naming;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A role created by the component that runs as it: incomplete settings fail in one sentence, before any resource exists. */
class ServiceRoleTest {

    @Test
    void refusesARoleWithoutTrustDescriptionOrManagedPolicyPartition() {
        TerraformStack scratch = new TerraformStack(Testing.app(), "roles");
        Naming naming = new Naming("roles");
        assertThatThrownBy(() -> ServiceRole.named("probe").description("probe").create(scratch, naming))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("iam: role 'probe' needs a name, the service that assumes it (trustedBy), a description,"
                        + " and with a managed policy the partition");
        assertThatThrownBy(() -> ServiceRole.named("probe").trustedBy("ec2.amazonaws.com").create(scratch, naming))
                .hasMessageStartingWith("iam: role 'probe' needs");
        assertThatThrownBy(() -> ServiceRole.named("probe").trustedBy("ec2.amazonaws.com").description("probe")
                .managedPolicy("AmazonSSMManagedInstanceCore").create(scratch, naming))
                .hasMessageStartingWith("iam: role 'probe' needs");
        assertThat(scratch.getNode().getChildren()).as("constructs left by refused roles").isEmpty();
        assertThat(ServiceRole.named("probe").trustedBy("ec2.amazonaws.com").description("probe").create(scratch, naming).name())
                .as("a role without managed policy needs no partition").isNotBlank();
    }
}
