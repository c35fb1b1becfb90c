package io.glueplatform.docs;

import io.glueplatform.testing.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Graphviz renders the committed DOT deterministically, and a DOT error is reported, not swallowed. Needs {@code dot}. */
class GraphvizTest {

    @Test
    void sameDotGivesByteIdenticalSvgAndPng(@TempDir Path dir) throws IOException {
        Path dot = Repo.root().resolve("docs/architecture/dev.dot");
        for (String format : new String[] {"svg", "png"}) {
            Path first = dir.resolve("first." + format);
            Path second = dir.resolve("second." + format);
            Graphviz.render(dot, first);
            Graphviz.render(dot, second);
            assertThat(Files.readAllBytes(second)).as(format + " rendered twice").isEqualTo(Files.readAllBytes(first));
        }
        assertThat(Diagrams.stamp(Files.readString(dir.resolve("first.svg")))).isEqualTo(Diagrams.stamp(Files.readString(dot)));
    }

    @Test
    void invalidDotFailsWithDotsMessage(@TempDir Path dir) throws IOException {
        Path dot = Files.writeString(dir.resolve("broken.dot"), "digraph { a -> }\n");
        assertThatThrownBy(() -> Graphviz.render(dot, dir.resolve("broken.svg")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dot failed (exit 1)").hasMessageContaining("syntax error");
    }
}
