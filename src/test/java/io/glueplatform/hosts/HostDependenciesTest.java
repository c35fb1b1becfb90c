package io.glueplatform.hosts;

import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.Testing;
import io.glueplatform.iam.AwsScope;
import io.glueplatform.cdk.Naming;
import io.glueplatform.firewall.Firewall;
import io.glueplatform.firewall.RoleSecurityGroups;
import io.glueplatform.firewall.RoleSecurityGroupsProps;
import io.glueplatform.kms.PlatformKey;
import io.glueplatform.kms.PlatformKeyProps;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.vpc.Network;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The typed inputs of the host components: a missing dependency or setting fails at synth with one sentence naming it,
 * before any resource exists. Constructs are built in a throwaway stack that is never synthesized.
 */
class HostDependenciesTest {

    private static final Naming NAMING = new Naming("deps");
    private static TerraformStack scratch;
    private static Network network;
    private static PlatformKey key;
    private static RoleSecurityGroups securityGroups;

    @BeforeAll
    static void constructs() {
        scratch = new TerraformStack(Testing.app(), "deps");
        network = SynthFixture.synth("dev").stack().network();
        key = new PlatformKey(scratch, NAMING, PlatformKeyProps.of(new AwsScope("aws", "us-east-2", "123456789012")));
        securityGroups = new RoleSecurityGroups(scratch, NAMING, RoleSecurityGroupsProps.builder().vpcId("vpc-1").vpcCidr("10.0.0.0/16").build());
    }

    @Test
    void toolsHostNamesEachMissingDependency() {
        assertThatThrownBy(() -> new ToolsHostDependencies(null, key, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hosts: the tools host needs its network dependency (the subnet it runs in), got none");
        assertThatThrownBy(() -> new ToolsHostDependencies(network, null, null))
                .hasMessage("hosts: the tools host needs its key dependency (the platform key encrypting its root volume), got none");
        assertThatThrownBy(() -> new ToolsHostDependencies(network, key, null))
                .hasMessage("hosts: the tools host needs its database dependency (the MySQL database its connect script opens), got none");
    }

    @Test
    void kubernetesAndMonitoringHostsNameEachMissingDependency() {
        assertThatThrownBy(() -> new ServiceHostDependencies(null, key, securityGroups, null))
                .hasMessageStartingWith("hosts: the Kubernetes or monitoring host needs its network dependency");
        assertThatThrownBy(() -> new ServiceHostDependencies(network, null, securityGroups, null))
                .hasMessageStartingWith("hosts: the Kubernetes or monitoring host needs its key dependency");
        assertThatThrownBy(() -> new ServiceHostDependencies(network, key, null, null))
                .hasMessage("hosts: the Kubernetes or monitoring host needs its securityGroups dependency"
                        + " (the role security groups, one of which is the host's), got none");
        assertThatThrownBy(() -> new ServiceHostDependencies(network, key, securityGroups, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hosts: the Kubernetes or monitoring host needs its secrets dependency"
                        + " (the platform secrets, one of which holds the host's admin login), got none");
    }

    @Test
    void hostBuilderNamesTheFirstMissingSettingAndCreatesNothing() {
        int before = scratch.getNode().getChildren().size();
        assertThatThrownBy(() -> Host.builder().module("hosts").role("probe").create(scratch, NAMING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hosts: host 'probe' has no description; every host needs one (Host.builder().description(...))");
        assertThatThrownBy(() -> Host.builder().module("hosts").role("probe").description("probe").roleName("probe_host")
                .roleDescription("probe").network(network).key(key).size(HostSize.DEFAULT).userData("#!/bin/bash\n")
                .create(scratch, NAMING))
                .hasMessage("hosts: host 'probe' has no securityGroup; every host needs one (Host.builder().securityGroup(...))");
        assertThat(scratch.getNode().getChildren()).as("constructs added by refused hosts").hasSize(before);
    }

    @Test
    void hostBuilderRefusesUserDataBeyondTheEc2Limit() {
        Firewall group = securityGroups.kubernetes();
        assertThatThrownBy(() -> Host.builder().module("hosts").role("big").description("big").roleName("big_host")
                .roleDescription("big").network(network).key(key).size(HostSize.DEFAULT).securityGroup(group)
                .userData("#".repeat(16 * 1024 + 1)).create(scratch, NAMING))
                .hasMessage("hosts: big user data is 16385 bytes; allowed: 16 KB (EC2 limit)");
    }

    @Test
    void hostSizeRefusesAMissingTypeAndATooSmallDisk() {
        assertThatThrownBy(() -> new HostSize(" ", 20)).hasMessage("hosts: a host needs an instance type, e.g. t3.small");
        assertThatThrownBy(() -> new HostSize("t3.small", 4))
                .hasMessage("hosts: root volume of 4 GB is too small; allowed: 8 GB or more");
        assertThatCode(() -> new HostSize("t3.small", 8)).doesNotThrowAnyException();
        assertThat(HostSize.DEFAULT).isEqualTo(new HostSize("t3.small", 20));
    }
}
