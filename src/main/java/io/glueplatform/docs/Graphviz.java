package io.glueplatform.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Graphviz's {@code dot} (Debian package {@code graphviz}); a missing or failing dot is an error, never skipped. */
public final class Graphviz {

    private Graphviz() {
    }

    /** Renders {@code source} (a .dot file) to {@code target}; format from the target's extension (svg, png). */
    public static void render(Path source, Path target) {
        String name = target.getFileName().toString();
        String format = name.substring(name.lastIndexOf('.') + 1);
        List<String> command = format.equals("png")
                // 96 dpi: readable on screen and in README, small enough to commit.
                ? List.of("dot", "-Tpng", "-Gdpi=96", "-o", target.toString(), source.toString())
                : List.of("dot", "-T" + format, "-o", target.toString(), source.toString());
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("Graphviz 'dot' is not on PATH; install it (Debian/Ubuntu: apt-get install -y graphviz)");
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("dot did not finish rendering " + target + " within 5 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("dot failed (exit " + process.exitValue() + ") rendering " + target + ": " + output.strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException("dot failed rendering " + target + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering " + target);
        }
    }
}
