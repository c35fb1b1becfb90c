package io.glueplatform.config;

import io.glueplatform.testing.Repo;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm synth server hands each request its own environment through {@link ProcessEnvironment}; a
 * direct {@code System.getenv} in program code would read the server's instead and make a warm synth differ
 * from a cold one. Only the entry points (Main.main, the server itself) may read the JVM's environment.
 */
class ProcessEnvironmentTest {

    private static final List<String> ALLOWED = List.of("io/glueplatform/Main.java", "io/glueplatform/config/ProcessEnvironment.java",
            "io/glueplatform/devloop/");

    @Test
    void programCodeReadsVariablesOnlyThroughProcessEnvironment() throws IOException {
        Path sources = Repo.root().resolve("src/main/java");
        try (Stream<Path> walk = Files.walk(sources)) {
            List<String> offenders = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> ALLOWED.stream().noneMatch(allowed -> sources.relativize(p).toString().startsWith(allowed)))
                    .filter(p -> read(p).contains("System.getenv"))
                    .map(p -> sources.relativize(p).toString()).toList();
            assertThat(offenders).as("files calling System.getenv instead of ProcessEnvironment.current()").isEmpty();
        }
    }

    @Test
    void theEnvironmentInUseIsTheOneHandedIn() {
        ProcessEnvironment previous = ProcessEnvironment.current();
        try {
            ProcessEnvironment.use(ProcessEnvironment.of(Map.of("PLATFORM_EMULATOR_ENDPOINT", "http://127.0.0.1:4999")));
            assertThat(ProcessEnvironment.current().get("PLATFORM_EMULATOR_ENDPOINT")).isEqualTo("http://127.0.0.1:4999");
            assertThat(ProcessEnvironment.current().get("HOME")).as("nothing else leaks in from the JVM").isNull();
        } finally {
            ProcessEnvironment.use(previous);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
