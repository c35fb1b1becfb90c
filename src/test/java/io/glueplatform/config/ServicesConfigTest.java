package io.glueplatform.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.glueplatform.config.ConfigFixtures.problemsAfter;
import static io.glueplatform.config.ConfigFixtures.put;
import static org.assertj.core.api.Assertions.assertThat;

/** Defaults and validation of the seed-004 switches and sizes (one broken field, one problem). */
class ServicesConfigTest {

    @Test
    void defaultsAreTheSeedSizesWithTheExpensiveHostsOff() {
        ServicesConfig defaults = ServicesConfig.defaults();
        assertThat(defaults.containers()).isTrue();
        assertThat(defaults.dataPipeline()).isTrue();
        assertThat(defaults.kubernetesHost()).isFalse();
        assertThat(defaults.monitoringHost()).isFalse();
        assertThat(defaults.sshBastion()).isFalse();
        assertThat(defaults.kubernetesInstanceType()).isEqualTo("t3.small");
        assertThat(defaults.monitoringInstanceType()).isEqualTo("t3.small");
        assertThat(defaults.hostRootVolumeGb()).isEqualTo(20);
        assertThat(defaults.workflowWorkers()).isEqualTo(2);
        assertThat(defaults.webIngressCidrs()).isEmpty();
    }

    @Test
    void unknownServiceFieldIsRefusedWithTheAllowedOnes() {
        ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("dev", ConfigFixtures.devJsonWith(put("/services/eksCluster", true))));
        assertThat(e.getMessage()).contains("services.eksCluster: unknown field; allowed:", "kubernetesHost", "webIngressCidrs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kubernetesInstanceType", "monitoringInstanceType"})
    void instanceTypesMustLookLikeEc2Types(String field) {
        assertThat(problemsAfter(put("/services/" + field, "small")))
                .containsExactly("environment 'dev': services." + field + ": 'small' is not an EC2 instance type; allowed: names like t3.small");
    }

    @Test
    void sizesHaveBounds() {
        assertThat(problemsAfter(put("/services/hostRootVolumeGb", 4))).singleElement().asString()
                .startsWith("environment 'dev': services.hostRootVolumeGb: 4 is not allowed; allowed: 8 to 16384");
        assertThat(problemsAfter(put("/services/ecrKeepImages", 0))).singleElement().asString()
                .startsWith("environment 'dev': services.ecrKeepImages: 0 is not allowed; allowed: 1 to 1000");
        assertThat(problemsAfter(put("/services/workflowWorkers", 1))).singleElement().asString()
                .startsWith("environment 'dev': services.workflowWorkers: 1 is not allowed; allowed: 2 to 299");
    }

    @ParameterizedTest
    @ValueSource(strings = {"latest", "bad tag", ""})
    void imageTagMustBeAnImmutableDockerTag(String tag) {
        assertThat(problemsAfter(put("/services/containerImageTag", tag))).singleElement().asString()
                .matches("environment 'dev': services\\.containerImageTag: '.*' is not allowed; allowed: a Docker tag .*other than 'latest'.*");
    }

    @Test
    void webCidrsMustBeCidrsButMayBeTheWorld() {
        assertThat(problemsAfter(put("/services/webIngressCidrs", List.of("0.0.0.0/0")))).isEmpty();
        assertThat(problemsAfter(put("/services/webIngressCidrs", List.of("10.0.0.300/8")))).singleElement().asString()
                .startsWith("environment 'dev': services.webIngressCidrs[0]: ");
    }

    @Test
    void adminCidrsStillRefuseTheWorld() {
        assertThat(problemsAfter(put("/adminCidrs", List.of("0.0.0.0/0")))).singleElement().asString()
                .contains("adminCidrs[0]", "opens admin ports");
    }
}
