package io.glueplatform.stack;

import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.StandaloneStack;
import io.glueplatform.config.BackendConfig;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.iam.AwsScope;
import io.glueplatform.kms.PlatformKey;
import io.glueplatform.kms.PlatformKeyProps;
import io.glueplatform.state.StateStore;
import io.glueplatform.state.StateStoreProps;
import software.constructs.Construct;

/**
 * `<env>-state`: creates the S3 backend of an environment before the environment itself can use it.
 * Its own state stays local (terraform-state/&lt;env&gt;-state.tfstate): it is small and rarely changes.
 */
public final class StateBootstrapStack extends StandaloneStack {

    public static String stackName(EnvironmentConfig env) {
        return env.name() + "-state";
    }

    public StateBootstrapStack(Construct scope, EnvironmentConfig env, DeploymentTarget target) {
        super(scope, stackName(env));
        BackendConfig backend = env.backend();
        addOverride("terraform.required_providers.aws.version", Providers.AWS_PROVIDER_CONSTRAINT);
        Providers.aws(this, "aws", env, backend.region(), target, null);
        Backends.local(this, target.stateFile(stackName(env)));
        Naming naming = new Naming(stackName(env));
        PlatformKey key = new PlatformKey(this, naming, PlatformKeyProps.of(new AwsScope(env.partition(), backend.region(), env.accountId())));
        new StateStore(this, naming, new StateStoreProps(env.name(), backend, key, env.accountId()));
    }
}
