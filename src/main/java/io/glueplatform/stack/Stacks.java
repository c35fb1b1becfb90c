package io.glueplatform.stack;

import io.glueplatform.cdk.StandaloneStack;
import io.glueplatform.config.BackendType;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.glue.JobCatalog;
import software.constructs.Construct;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The stacks of one environment: the platform, plus — when asked for and its backend is S3 — the state
 * bootstrap. The bootstrap runs once per account; synthesizing it only on request keeps `cdktf deploy`
 * with no stack name unambiguous (one environment selected = one stack).
 */
public final class Stacks {
    private Stacks() {
    }

    /** Every stack of the environment, the state bootstrap included. */
    public static List<StandaloneStack> forEnvironment(Construct app, EnvironmentConfig env, DeploymentTarget target,
                                                                          Path scriptsDir) {
        return forEnvironment(app, env, target, scriptsDir, true);
    }

    public static List<StandaloneStack> forEnvironment(Construct app, EnvironmentConfig env, DeploymentTarget target,
                                                                          Path scriptsDir, boolean withStateBootstrap) {
        return forEnvironment(app, env, target, JobCatalog.load(scriptsDir), withStateBootstrap);
    }

    public static List<StandaloneStack> forEnvironment(Construct app, EnvironmentConfig env, DeploymentTarget target,
                                                                          JobCatalog jobs, boolean withStateBootstrap) {
        List<StandaloneStack> stacks = new ArrayList<>();
        stacks.add(new PlatformStack(app, env, target, jobs));
        if (withStateBootstrap && env.backend().type() == BackendType.S3) {
            stacks.add(new StateBootstrapStack(app, env, target));
        }
        return stacks;
    }
}
