package io.glueplatform.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every row of {@link BadInputs} through the loader and validator, as {@code Main} calls them: exactly one
 * problem, exactly the expected sentence.
 */
class BadInputTest {

    static List<BadInputs.BadInput> badInputs() {
        return BadInputs.all();
    }

    @Test
    void theTableHoldsAtLeastSixtyDistinctBadInputs() {
        assertThat(BadInputs.all()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(BadInputs.all()).extracting(BadInputs.BadInput::label).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedWithExactlyOneSentence(BadInputs.BadInput input, @TempDir Path environments) throws IOException {
        for (Map.Entry<String, String> file : input.files().entrySet()) {
            Files.writeString(environments.resolve(file.getKey() + ".json"), file.getValue());
        }

        ConfigException refused = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(environments, input.requested()));

        assertThat(refused).as("%s must be refused", input.label()).isNotNull();
        assertThat(refused.problems()).containsExactly(input.expected());
        assertThat(input.expected()).doesNotContain("\n", "Exception", "jackson", "CoercionConfig", "java.");
    }

    @Test
    void everyShippedEnvironmentStillLoads() {
        assertThat(ConfigLoader.load(ConfigFixtures.environmentsDir(), List.of())).extracting(EnvironmentConfig::name)
                .containsExactly("dataxr", "dev", "prod");
    }
}
