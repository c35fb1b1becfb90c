package io.glueplatform.testing;

import java.nio.file.Path;

/** Paths of the repository under test (Surefire passes the root; IDEs run from it). */
public final class Repo {
    private Repo() {
    }

    public static Path root() {
        return Path.of(System.getProperty("platform.repoRoot", ".")).toAbsolutePath().normalize();
    }

    public static Path environments() {
        return root().resolve("environments");
    }

    public static Path scripts() {
        return root().resolve("glue-scripts");
    }
}
