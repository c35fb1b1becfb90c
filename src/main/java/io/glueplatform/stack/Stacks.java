package io.glueplatform.stack;

import io.glueplatform.config.BackendType;
import io.glueplatform.config.EnvironmentConfig;
import software.constructs.Construct;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The stacks of one environment: the platform, plus the state bootstrap when its backend is S3. */
public final class Stacks {
    private Stacks() {
    }

    public static List<com.hashicorp.cdktf.TerraformStack> forEnvironment(Construct app, EnvironmentConfig env, DeploymentTarget target,
                                                                          Path scriptsDir) {
        List<com.hashicorp.cdktf.TerraformStack> stacks = new ArrayList<>();
        stacks.add(new PlatformStack(app, env, target, scriptsDir));
        if (env.backend().type() == BackendType.S3) {
            stacks.add(new StateBootstrapStack(app, env, target));
        }
        return stacks;
    }
}
