package io.glueplatform;

import com.hashicorp.cdktf.Testing;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.App;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The top-level handler: one line and exit code 1 for anything unexpected; the trace only with PLATFORM_DEBUG=1. */
class UnexpectedErrorTest {

    private static String run(RuntimeException thrown, boolean debug, int[] exitCode) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        exitCode[0] = UnexpectedError.guard(() -> {
            throw thrown;
        }, new PrintStream(err, true, StandardCharsets.UTF_8), debug);
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anUnexpectedExceptionIsOneLineAndExitCode1() {
        int[] exitCode = new int[1];

        String err = run(new IllegalStateException("bucket policy has no statement"), false, exitCode);

        assertThat(exitCode[0]).isEqualTo(1);
        assertThat(err).isEqualTo("glue-platform: unexpected error: IllegalStateException: bucket policy has no statement"
                + " (PLATFORM_DEBUG=1 shows the trace)" + System.lineSeparator());
    }

    @Test
    void platformDebugAddsTheTrace() {
        int[] exitCode = new int[1];

        String err = run(new IllegalStateException("boom"), true, exitCode);

        assertThat(exitCode[0]).isEqualTo(1);
        assertThat(err.lines().findFirst()).contains("glue-platform: unexpected error: IllegalStateException: boom (PLATFORM_DEBUG=1 shows the trace)");
        assertThat(err).contains("java.lang.IllegalStateException: boom", "\tat io.glueplatform.UnexpectedErrorTest");
    }

    @Test
    void theProgramsOwnExitCodePassesThrough() {
        assertThat(UnexpectedError.guard(() -> 3, System.err, false)).isEqualTo(3);
        assertThat(UnexpectedError.guard(() -> 0, System.err, false)).isZero();
    }

    @Test
    void errorsAreCaughtToo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = UnexpectedError.guard(() -> {
            throw new StackOverflowError();
        }, new PrintStream(err, true, StandardCharsets.UTF_8), false);

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("glue-platform: unexpected error: StackOverflowError (PLATFORM_DEBUG=1 shows the trace)");
    }

    @Test
    void aMultiLineJavaScriptErrorDumpIsCutToItsFirstMeaningfulLine() {
        String dump = "\nError: Resolution error: circular reference\n    at Object.resolve (/tmp/jsii/cdktf/lib/tokens.js:12:5)\n"
                + "    at Array.map (<anonymous>)\n";

        assertThat(UnexpectedError.oneLine(new RuntimeException(dump)))
                .isEqualTo("glue-platform: unexpected error: RuntimeException: Resolution error: circular reference (PLATFORM_DEBUG=1 shows the trace)");
    }

    @Test
    void aRealJsiiErrorBecomesOneLine() {
        App app = Testing.app();
        new TerraformStack(app, "dev");
        Throwable jsii = catchThrowable(() -> new TerraformStack(app, "dev"));
        assertThat(jsii).as("a second construct with the same id").isNotNull();

        String line = UnexpectedError.oneLine(jsii);

        assertThat(line).startsWith("glue-platform: unexpected error: " + jsii.getClass().getSimpleName() + ": ")
                .contains("dev")
                .endsWith(" (PLATFORM_DEBUG=1 shows the trace)")
                .doesNotContain("\n", "    at ");
    }
}
