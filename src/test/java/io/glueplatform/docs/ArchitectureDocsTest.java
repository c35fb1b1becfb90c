package io.glueplatform.docs;

import io.glueplatform.Main;
import io.glueplatform.config.ConfigLoader;
import io.glueplatform.cost.CostEstimate;
import io.glueplatform.cost.CostModel;
import io.glueplatform.testing.Repo;
import io.glueplatform.testing.SynthFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CI's staleness check: the committed pictures and README's cost table are what {@code make diagram} makes of the
 * stacks as they are now. DOT is compared byte for byte (it is produced by this program, so it is stable across
 * machines); the SVG must carry the DOT's content stamp (SVG bytes depend on the Graphviz version that rendered it).
 */
class ArchitectureDocsTest {

    static List<String> environments() {
        return ConfigLoader.environmentNames(Repo.environments());
    }

    private static StackDocuments.Document document(String environment) {
        return new StackDocuments.Document(environment, SynthFixture.synth(environment).json(),
                Main.suppressions(SynthFixture.environment(environment)));
    }

    private static Path picture(String file) {
        return Repo.root().resolve(Diagrams.DIRECTORY).resolve(file);
    }

    @ParameterizedTest
    @MethodSource("environments")
    void committedDotIsWhatTheStackDrawsNow(String environment) throws IOException {
        Path committed = picture(environment + ".dot");
        assertThat(committed).withFailMessage("%s is missing: run make diagram and commit docs/architecture/", committed).exists();
        String expected = Diagrams.dot(document(environment));
        // The fresh text is kept for a diff when the check fails.
        Path fresh = Repo.root().resolve("target/architecture/" + environment + ".dot");
        Files.createDirectories(fresh.getParent());
        Files.writeString(fresh, expected, StandardCharsets.UTF_8);
        assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                .withFailMessage("docs/architecture/%s.dot is out of date with the synthesized stack: run make diagram"
                        + " and commit docs/architecture/ and README.md (diff it with %s)", environment, fresh)
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("environments")
    void committedSvgAndPngWereRenderedFromTheCommittedDot(String environment) throws IOException {
        String dotStamp = Diagrams.stamp(Files.readString(picture(environment + ".dot"), StandardCharsets.UTF_8));
        Path svg = picture(environment + ".svg");
        assertThat(svg).withFailMessage("%s is missing: run make diagram", svg).exists();
        assertThat(Diagrams.stamp(Files.readString(svg, StandardCharsets.UTF_8)))
                .withFailMessage("docs/architecture/%s.svg was not rendered from docs/architecture/%s.dot: run make diagram", environment, environment)
                .isNotNull().isEqualTo(dotStamp);
        Path png = picture(environment + ".png");
        assertThat(png).withFailMessage("%s is missing: run make diagram", png).exists();
        byte[] header = java.util.Arrays.copyOf(Files.readAllBytes(png), 8);
        assertThat(header).as("PNG signature of " + png).containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    }

    @Test
    void readmeCostTableIsWhatTheStacksCostNow() throws IOException {
        List<CostEstimate> estimates = environments().stream()
                .map(environment -> CostModel.estimate(environment, SynthFixture.synth(environment).json())).toList();
        String readme = Files.readString(Repo.root().resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(CostTable.currentBlock(readme))
                .withFailMessage("README.md's cost table is out of date with the synthesized stacks or the price tables: run make diagram")
                .isEqualTo(CostTable.markdown(estimates));
    }

    @Test
    void readmeShowsTheDevAndProdPictures() throws IOException {
        String readme = Files.readString(Repo.root().resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("](docs/architecture/dev.svg)", "](docs/architecture/prod.svg)");
    }
}
