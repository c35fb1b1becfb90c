package io.glueplatform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.Testing;
import io.glueplatform.config.ConfigLoader;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.stack.DeploymentTarget;
import io.glueplatform.stack.PlatformStack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Synthesizes a stack once per (config, target) for the whole test JVM and hands out a {@link Template}
 * to query. jsii loads the AWS provider once per JVM; a synth after that takes tens of milliseconds.
 */
public final class SynthFixture {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<Object, Template> CACHE = new ConcurrentHashMap<>();

    private SynthFixture() {
    }

    /** The shipped environment file {@code environments/<name>.json}. */
    public static EnvironmentConfig environment(String name) {
        return ConfigLoader.load(Repo.environments(), List.of(name)).get(0);
    }

    /** The shipped environment, synthesized for the OFFLINE target. */
    public static Template synth(String environment) {
        return synth(environment(environment), DeploymentTarget.OFFLINE);
    }

    /** A variant of a shipped environment, e.g. {@code env -> withGlue(env, ...)}. */
    public static Template synth(String environment, UnaryOperator<EnvironmentConfig> change) {
        return synth(change.apply(environment(environment)), DeploymentTarget.OFFLINE);
    }

    public static synchronized Template synth(EnvironmentConfig config, DeploymentTarget target) {
        return CACHE.computeIfAbsent(List.of(config, target), key -> {
            App app = Testing.app();
            PlatformStack stack = new PlatformStack(app, config, target, Repo.scripts());
            return new Template(parse(Testing.synth(stack)), stack);
        });
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
