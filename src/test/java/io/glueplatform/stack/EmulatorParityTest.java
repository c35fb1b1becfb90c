package io.glueplatform.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glueplatform.testing.Repo;
import io.glueplatform.testing.SynthFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator runs the stack that goes to AWS: for every shipped environment, the EMULATOR target
 * synthesizes the same resources, attributes, outputs and blocks as the AWS target. Only the provider
 * blocks (endpoints, fake keys) and the backend (local emulator state) may differ. The emulator's gaps
 * are closed in the emulator (scripts/emulator/patches/), never by changing the stack for it.
 */
class EmulatorParityTest {

    static Stream<String> environments() throws IOException {
        try (Stream<Path> files = Files.list(Repo.environments())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("environments")
    void emulatorStackEqualsTheAwsStackExceptProviderAndBackend(String environment) {
        JsonNode aws = withoutProviderAndBackend(SynthFixture.synth(SynthFixture.environment(environment), DeploymentTarget.AWS).json());
        JsonNode emulator = withoutProviderAndBackend(SynthFixture.synth(SynthFixture.environment(environment), DeploymentTarget.EMULATOR).json());

        assertThat(differences("", aws, emulator)).as("JSON paths where the emulator stack of %s differs from its AWS stack", environment)
                .isEmpty();
        assertThat(aws.path("resource").size()).as("resource types compared").isGreaterThan(20);
    }

    @ParameterizedTest
    @MethodSource("environments")
    void providersDifferOnlyInHowTheyReachAws(String environment) {
        JsonNode aws = SynthFixture.synth(SynthFixture.environment(environment), DeploymentTarget.AWS).json().path("provider").path("aws");
        JsonNode emulator = SynthFixture.synth(SynthFixture.environment(environment), DeploymentTarget.EMULATOR).json().path("provider").path("aws");
        assertThat(emulator.size()).as("same provider configurations (aliases)").isEqualTo(aws.size());
        for (int i = 0; i < aws.size(); i++) {
            assertThat(emulator.get(i).path("region")).isEqualTo(aws.get(i).path("region"));
            assertThat(emulator.get(i).path("alias")).isEqualTo(aws.get(i).path("alias"));
            assertThat(emulator.get(i).path("default_tags")).isEqualTo(aws.get(i).path("default_tags"));
            assertThat(emulator.get(i).path("endpoints").path(0).path("glue").asText()).startsWith("http://127.0.0.1:");
        }
    }

    /** The comparison itself can fail: one changed attribute is one difference, named by its path. */
    @ParameterizedTest
    @MethodSource("environments")
    void theComparisonSeesAChangedAttribute(String environment) {
        ObjectNode changed = (ObjectNode) withoutProviderAndBackend(
                SynthFixture.synth(SynthFixture.environment(environment), DeploymentTarget.EMULATOR).json()).deepCopy();
        ((ObjectNode) changed.path("resource").path("aws_vpc").elements().next()).put("enable_dns_support", false);
        JsonNode aws = withoutProviderAndBackend(SynthFixture.synth(SynthFixture.environment(environment), DeploymentTarget.AWS).json());
        assertThat(differences("", aws, changed)).singleElement().asString().endsWith("/enable_dns_support");
    }

    private static JsonNode withoutProviderAndBackend(JsonNode stack) {
        ObjectNode copy = stack.deepCopy();
        copy.remove("provider");
        if (copy.path("terraform") instanceof ObjectNode terraform) {
            terraform.remove("backend");
        }
        // cdktf's metadata records the backend type; everything else in it is compared with the resources.
        if (copy.path("//").path("metadata") instanceof ObjectNode metadata) {
            metadata.remove("backend");
        }
        return copy;
    }

    /** JSON paths where two documents differ; {@code //} keys (cdktf metadata) are compared too. */
    static List<String> differences(String path, JsonNode expected, JsonNode actual) {
        List<String> found = new ArrayList<>();
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            expected.fieldNames().forEachRemaining(keys::add);
            actual.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                found.addAll(differences(path + "/" + key, expected.path(key), actual.path(key)));
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> e = expected.elements();
            Iterator<JsonNode> a = actual.elements();
            for (int i = 0; e.hasNext(); i++) {
                found.addAll(differences(path + "/" + i, e.next(), a.next()));
            }
        } else if (!expected.equals(actual)) {
            found.add(path);
        }
        return found;
    }
}
