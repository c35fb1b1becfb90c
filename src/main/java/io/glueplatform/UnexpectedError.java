package io.glueplatform;

import io.glueplatform.config.ProcessEnvironment;

import java.io.PrintStream;

/**
 * The top-level handler: whatever the program did not expect (a bug, a jsii error from the CDKTF core, an I/O
 * failure) ends as one line and exit code 1, never a Java stack trace or a multi-line jsii dump. With
 * {@code PLATFORM_DEBUG=1} the full trace follows the line.
 */
public final class UnexpectedError {

    static final int EXIT_CODE = 1;

    /** A program's body: returns its exit code; may throw anything. */
    @FunctionalInterface
    public interface Program {
        int run() throws Exception;
    }

    private UnexpectedError() {
    }

    /** Runs {@code program} and returns its exit code, or {@link #EXIT_CODE} after reporting what it threw. */
    public static int guard(Program program, PrintStream err) {
        return guard(program, err, "1".equals(ProcessEnvironment.current().get("PLATFORM_DEBUG")));
    }

    static int guard(Program program, PrintStream err, boolean debug) {
        try {
            return program.run();
        } catch (Throwable unexpected) { // NOPMD: the one place that must catch everything, Errors included
            err.println(oneLine(unexpected));
            if (debug) {
                unexpected.printStackTrace(err);
            }
            return EXIT_CODE;
        }
    }

    /** {@code glue-platform: unexpected error: <class>: <first meaningful line> (PLATFORM_DEBUG=1 shows the trace)}. */
    public static String oneLine(Throwable unexpected) {
        String message = firstMeaningfulLine(unexpected.getMessage());
        return "glue-platform: unexpected error: " + unexpected.getClass().getSimpleName()
                + (message.isEmpty() ? "" : ": " + message) + " (PLATFORM_DEBUG=1 shows the trace)";
    }

    /**
     * jsii errors carry the JavaScript error and its stack as one multi-line message ("Error: ...\n    at ...");
     * the first line that is not blank and not a stack frame is the one a person can act on.
     */
    static String firstMeaningfulLine(String message) {
        if (message == null) {
            return "";
        }
        return message.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("at ") && !line.equals("Error"))
                .map(line -> line.startsWith("Error: ") ? line.substring("Error: ".length()) : line)
                .map(line -> line.length() > 300 ? line.substring(0, 300) + "..." : line)
                .findFirst()
                .orElse("");
    }
}
