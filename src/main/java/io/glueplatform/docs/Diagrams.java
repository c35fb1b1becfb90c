package io.glueplatform.docs;

import io.glueplatform.cost.CostEstimate;
import io.glueplatform.cost.CostModel;
import io.glueplatform.diagram.DiagramBuilder;
import io.glueplatform.diagram.DotWriter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Synthesized document → DOT text, stamped with the SHA-256 of its own content. Graphviz copies the stamp into the
 * SVG as a comment, so a test can tell that a committed SVG was rendered from the committed DOT without depending on
 * which Graphviz version rendered it.
 */
public final class Diagrams {

    public static final Path DIRECTORY = Path.of("docs", "architecture");
    private static final String STAMP_PREFIX = "glue-platform diagram source sha256 ";
    // Graphviz escapes the hyphen in "glue-platform" in SVG comments, so match from "diagram" on.
    private static final Pattern STAMP = Pattern.compile("diagram source sha256 ([0-9a-f]{64})");

    private Diagrams() {
    }

    public static String dot(StackDocuments.Document document) {
        CostEstimate cost = CostModel.estimate(document.environment(), document.json());
        String dot = DotWriter.write(DiagramBuilder.build(document.environment(), document.json(), document.suppressions(), cost));
        int firstLineEnd = dot.indexOf('\n') + 1;
        return dot.substring(0, firstLineEnd) + "  comment=\"" + STAMP_PREFIX + sha256(dot) + "\";\n" + dot.substring(firstLineEnd);
    }

    /** The stamp a DOT text or an SVG rendered from it carries, or null. */
    public static String stamp(String text) {
        Matcher matcher = STAMP.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
