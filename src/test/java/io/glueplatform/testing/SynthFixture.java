package io.glueplatform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.Testing;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.config.ConfigLoader;
import io.glueplatform.config.ConfigValidator;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.stack.DeploymentTarget;
import io.glueplatform.stack.PlatformStack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

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

    /**
     * A variant of a shipped environment, described as a change to its JSON document, e.g.
     * {@code SynthFixture.variant("dev", ConfigFixtures.put("/glue/runInVpc", false))}. The variant is
     * validated like a real file, so a test can never synthesize a configuration users could not write.
     */
    public static Template variant(String environment, Consumer<ObjectNode> change) {
        return synth(config(environment, change), DeploymentTarget.OFFLINE);
    }

    /** The config of a shipped environment after a JSON change; fails on validation problems. */
    public static EnvironmentConfig config(String environment, Consumer<ObjectNode> change) {
        ObjectNode document = ConfigFixtures.shipped(environment);
        change.accept(document);
        EnvironmentConfig config = ConfigLoader.parse(environment, document.toString());
        List<String> problems = ConfigValidator.validate(config);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid test variant: " + problems);
        }
        return config;
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
