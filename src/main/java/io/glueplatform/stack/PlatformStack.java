package io.glueplatform.stack;

import com.hashicorp.cdktf.LocalBackend;
import com.hashicorp.cdktf.LocalBackendConfig;
import com.hashicorp.cdktf.TerraformStack;
import io.glueplatform.cdk.Naming;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.kms.PlatformKey;
import io.glueplatform.kms.PlatformKeyProps;
import io.glueplatform.vpc.Network;
import io.glueplatform.vpc.NetworkProps;
import software.constructs.Construct;

import java.nio.file.Path;

/** One environment of the platform. Wiring only: every resource lives in a module. */
public final class PlatformStack extends TerraformStack {

    private final Network network;

    public PlatformStack(Construct scope, EnvironmentConfig env, DeploymentTarget target, Path scriptsDir) {
        super(scope, env.name());
        addOverride("terraform.required_providers.aws.version", Providers.AWS_PROVIDER_CONSTRAINT);
        Providers.aws(this, "aws", env, env.region(), target, null);
        new LocalBackend(this, LocalBackendConfig.builder()
                // Relative to cdktf.out/stacks/<stack>/: lands in the repository's terraform-state/.
                .path("../../../terraform-state/" + target.stateFile(env.name()))
                .build());

        Naming naming = new Naming(env.name());
        PlatformKey key = new PlatformKey(this, naming, PlatformKeyProps.of(env.accountId(), env.region(), env.partition()));
        this.network = new Network(this, naming, NetworkProps.from(env, key.arn()));
    }

    public Network network() {
        return network;
    }
}
