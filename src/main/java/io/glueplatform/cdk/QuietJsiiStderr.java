package io.glueplatform.cdk;

import java.io.PrintStream;

/**
 * Standard error without the empty line the jsii runtime prints when its node process exits.
 *
 * <p>jsii-runtime 1.94's {@code JsiiRuntime.ErrorStreamSink} forwards node's stderr line by line and, at
 * end of stream, hands its (empty) buffer to {@code System.err.println}. The cdktf CLI labels every line an
 * app writes to stderr as {@code [ERROR]}, so every healthy synth ended with a lone {@code [ERROR] default -}.
 * This stream drops exactly that call — {@code println} of an empty string. The same sink hands a line that is not
 * one of jsii's {@code {"stderr": ...}} records (Node's own crash report, the message of scripts/node/jsii-runtime
 * when it cannot start the kernel) to {@code println} with its newline still on, which printed an empty line after
 * each: one newline is dropped from such a line. Everything else passes on unchanged.
 */
public final class QuietJsiiStderr extends PrintStream {

    QuietJsiiStderr(PrintStream target) {
        super(target, true);
    }

    /** Replaces System.err; call before the CDKTF app starts its jsii runtime. */
    public static void install() {
        if (!(System.err instanceof QuietJsiiStderr)) {
            System.setErr(new QuietJsiiStderr(System.err));
        }
    }

    @Override
    public void println(String line) {
        if (line == null || line.isEmpty()) {
            return;
        }
        super.println(line.endsWith("\n") ? line.substring(0, line.length() - 1) : line);
    }
}
