package io.glueplatform.docs;

import io.glueplatform.cdk.QuietJsiiStderr;
import io.glueplatform.Main;
import io.glueplatform.cost.CostEstimate;
import io.glueplatform.cost.CostException;
import io.glueplatform.cost.CostModel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code make diagram [ENV=...]}: draws each environment from its synthesized stack into
 * {@code docs/architecture/<env>.dot|.svg|.png} and, when every environment is drawn, rewrites README's generated
 * cost table. Exit 2 on invalid configuration, 1 when pricing or Graphviz fails; nothing partial is left behind
 * for the environment that failed.
 */
public final class DiagramCommand {

    private DiagramCommand() {
    }

    public static void main(String[] args) {
        QuietJsiiStderr.install();
        List<String> requested = Main.requested(args);
        List<StackDocuments.Document> documents = StackDocuments.loadOrExit(requested, "glue-platform diagram: invalid configuration, nothing was drawn:");
        try {
            Files.createDirectories(Diagrams.DIRECTORY);
            List<CostEstimate> estimates = new ArrayList<>();
            for (StackDocuments.Document document : documents) {
                long start = System.nanoTime();
                String dot = Diagrams.dot(document);
                estimates.add(CostModel.estimate(document.environment(), document.json()));
                Path dotFile = Diagrams.DIRECTORY.resolve(document.environment() + ".dot");
                Path svg = Diagrams.DIRECTORY.resolve(document.environment() + ".svg");
                Path png = Diagrams.DIRECTORY.resolve(document.environment() + ".png");
                // Render into temporary files first: a failed render leaves the committed pictures untouched.
                Path tmpDot = Files.createTempFile("diagram", ".dot");
                Path tmpSvg = Files.createTempFile("diagram", ".svg");
                Path tmpPng = Files.createTempFile("diagram", ".png");
                try {
                    Files.writeString(tmpDot, dot, StandardCharsets.UTF_8);
                    long rendering = System.nanoTime();
                    Graphviz.render(tmpDot, tmpSvg);
                    Graphviz.render(tmpDot, tmpPng);
                    long rendered = System.nanoTime();
                    Files.copy(tmpDot, dotFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    Files.copy(tmpSvg, svg, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    Files.copy(tmpPng, png, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    System.out.printf("%s: %s, %s, %s (DOT %d ms, Graphviz svg+png %d ms; monthly estimate %s)%n", document.environment(),
                            dotFile, svg, png, (rendering - start) / 1_000_000, (rendered - rendering) / 1_000_000,
                            CostEstimate.usd(estimates.get(estimates.size() - 1).total()));
                } finally {
                    Files.deleteIfExists(tmpDot);
                    Files.deleteIfExists(tmpSvg);
                    Files.deleteIfExists(tmpPng);
                }
            }
            if (requested.isEmpty()) {
                Path readme = Path.of("README.md");
                String text = Files.readString(readme, StandardCharsets.UTF_8);
                String updated = CostTable.replaceBlock(text, CostTable.markdown(estimates));
                if (!updated.equals(text)) {
                    Files.writeString(readme, updated, StandardCharsets.UTF_8);
                    System.out.println("README.md: cost table updated");
                }
            } else {
                System.out.println("README.md cost table not touched (it covers every environment: run make diagram without ENV)");
            }
        } catch (CostException | IllegalStateException e) {
            System.err.println("glue-platform diagram: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("glue-platform diagram: cannot write " + e.getMessage());
            System.exit(1);
        }
    }
}
