package io.glueplatform.devloop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Copies and compares synthesized output folders, byte for byte. */
final class OutputTrees {
    private OutputTrees() {
    }

    static void copy(Path from, Path to) throws IOException {
        SourceTree.deleteTree(to);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Every file of {@code expected} must exist in {@code actual} with the same bytes. ({@code actual} may
     * hold more: a warm synth into cdktf.out keeps the stacks an earlier synth left there, as a cold one does.)
     *
     * @return one line per difference; empty when the trees agree
     */
    static List<String> differences(Path expected, Path actual) throws IOException {
        List<String> differences = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(expected)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = expected.relativize(file).toString();
                Path other = actual.resolve(relative);
                if (!Files.isRegularFile(other)) {
                    differences.add(relative + ": missing");
                } else if (Files.mismatch(file, other) != -1) {
                    differences.add(relative + ": differs at byte " + Files.mismatch(file, other));
                }
            }
        }
        return differences;
    }
}
