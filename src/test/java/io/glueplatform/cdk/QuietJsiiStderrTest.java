package io.glueplatform.cdk;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the jsii runtime's lone empty stderr line is dropped; everything else the app reports passes. */
class QuietJsiiStderrTest {

    @Test
    void dropsAnEmptyLineAndKeepsEverythingElse() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream quiet = new QuietJsiiStderr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        quiet.println("");
        quiet.println("preflight GLUE-NET-009 warning");
        quiet.print("partial ");
        quiet.println("line");
        quiet.flush();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("preflight GLUE-NET-009 warning" + System.lineSeparator()
                + "partial line" + System.lineSeparator());
    }

    @Test
    void aLineHandedOnWithItsNewlineIsPrintedOnce() {
        // jsii's sink hands a plain stderr line of Node's (not a {"stderr": ...} record) to println newline included.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream quiet = new QuietJsiiStderr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        quiet.println("jsii-runtime: Node (nodejs) was not found\n");
        quiet.println("two newlines stay one less\n\n");
        quiet.flush();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("jsii-runtime: Node (nodejs) was not found" + System.lineSeparator()
                + "two newlines stay one less\n" + System.lineSeparator());
    }
}
