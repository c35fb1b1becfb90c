package io.glueplatform.stack;

import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.config.NetworkConfig;
import io.glueplatform.connectivity.CrossRegionStoreProps;
import io.glueplatform.connectivity.PeeredStoreProps;
import io.glueplatform.connectivity.StoreLocation;
import io.glueplatform.containers.ContainerDependencies;
import io.glueplatform.containers.ContainerPlatformProps;
import io.glueplatform.glue.DataWorkflowProps;
import io.glueplatform.glue.GlueDependencies;
import io.glueplatform.glue.GluePipelineProps;
import io.glueplatform.iam.AwsScope;
import io.glueplatform.iam.ComponentRole;
import io.glueplatform.rds.DatabaseProps;
import io.glueplatform.secrets.PlatformSecretsProps;
import io.glueplatform.state.StateStoreProps;
import io.glueplatform.storage.DataLakeProps;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.vpc.NetworkProps;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every component takes typed dependencies (the network, the key, the lake, ... as objects, never ids or the whole
 * environment); one that was not given fails with one sentence naming the component and the value, before any
 * construct exists.
 */
class ComponentDependenciesTest {

    private static final NetworkConfig LAYOUT = new NetworkConfig("10.0.0.0/16", List.of("10.0.1.0/24"), List.of("10.0.10.0/24"),
            null, null, null);
    private static final EnvironmentConfig DATAXR = SynthFixture.environment("dataxr");
    private static final AwsScope SCOPE = new AwsScope("aws", "us-east-2", "123456789012");

    @Test
    void aMissingDependencyIsOneSentenceNamingComponentAndValue() {
        Map<String, ThrowingCallable> cases = new LinkedHashMap<>();
        cases.put("vpc: key is required but was not given", () -> new NetworkProps("us-east-2", List.of("us-east-2a"), LAYOUT, 7, null));
        cases.put("vpc: layout is required but was not given", () -> new NetworkProps("us-east-2", List.of("us-east-2a"), null, 7, null));
        cases.put("storage: key is required but was not given", () -> new DataLakeProps(purpose -> purpose, null, "123456789012", null));
        cases.put("rds: network is required but was not given", () -> new DatabaseProps(null, null, null, 7));
        cases.put("secrets: key is required but was not given", () -> new PlatformSecretsProps(null, "us-east-2", null, null, 0));
        cases.put("glue: network is required but was not given", () -> new GlueDependencies(SCOPE, null, null, null, null));
        cases.put("glue: dependencies is required but was not given", () -> new GluePipelineProps(null, null, null, "catalog", 7));
        cases.put("glue workflow: pipeline is required but was not given", () -> new DataWorkflowProps(null, 2));
        cases.put("containers: key is required but was not given", () -> new ContainerDependencies(SCOPE, null, null, null, null));
        cases.put("containers: dependencies is required but was not given", () -> new ContainerPlatformProps(null, null, null));
        cases.put("cross-region store: settings is required but was not given", () -> new CrossRegionStoreProps(null, null, null, null, 7));
        cases.put("cross-region store: location.provider is required but was not given",
                () -> new CrossRegionStoreProps(DATAXR.connectivity().crossRegionStore(), new StoreLocation(SCOPE, null), null, null, 7));
        cases.put("peered store: network is required but was not given",
                () -> new PeeredStoreProps(DATAXR.connectivity().peeredVpc(), new StoreLocation(SCOPE, null), null, null, 7));
        cases.put("state: backend is required but was not given", () -> new StateStoreProps("dev", null, null, "123456789012"));
        cases.put("iam role: trusted service principal is required but was not given", () -> new ComponentRole.TrustedService(null));
        cases.forEach((message, build) ->
                assertThatThrownBy(build).as(message).isInstanceOf(IllegalArgumentException.class).hasMessage(message));
    }
}
