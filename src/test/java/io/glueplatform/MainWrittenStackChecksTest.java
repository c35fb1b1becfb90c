package io.glueplatform;

import io.glueplatform.checks.CheckResult;
import io.glueplatform.checks.model.InvalidDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The written stacks are judged two at a time; results and failures come back per stack, in the stacks' order. */
class MainWrittenStackChecksTest {

    @TempDir
    Path outdir;

    @Test
    void resultsComeInTheStacksOrderAndAFailureAsItsOwnException() throws Exception {
        write("a", "{\"resource\": {\"aws_s3_bucket\": {\"one\": {\"bucket\": \"x\"}}}}");
        write("c", "{\"resource\": {}}");
        List<Supplier<CheckResult>> judged = Main.judgeWrittenStacks(List.of(
                new Main.BuiltStack(null, null, "a"), new Main.BuiltStack(null, null, "b"), new Main.BuiltStack(null, null, "c")), outdir);

        assertThat(judged).hasSize(3);
        assertThat(judged.get(0).get().stack()).isEqualTo("a");
        assertThat(judged.get(0).get().errors()).isNotEmpty();
        // Not an ExecutionException from the pool: the reader's own one-sentence failure, as a serial run would throw it.
        assertThatThrownBy(() -> judged.get(1).get())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("stacks/b/cdk.tf.json: no such file");
        assertThat(judged.get(2).get().stack()).isEqualTo("c");
        assertThat(judged.get(2).get().passed()).isTrue();
    }

    private void write(String stack, String json) throws Exception {
        Files.writeString(Files.createDirectories(outdir.resolve("stacks").resolve(stack)).resolve("cdk.tf.json"), json);
    }
}
