package io.glueplatform.ops;

import io.glueplatform.testing.Repo;
import io.glueplatform.testing.Tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `make <target>` in the repository root, as a user runs it, with a test's private folders in the environment. */
final class Make {

    private Make() {
    }

    static Tools.Result run(Map<String, String> environment, long timeoutMinutes, String... arguments) {
        List<String> command = new ArrayList<>(List.of("make", "--no-print-directory"));
        command.addAll(List.of(arguments));
        return Tools.run(command, environment, Repo.root(), timeoutMinutes);
    }

    /** make reports every failing recipe as 2; the recipe's own code is only in make's "Error N" line. */
    static void assertFailedWith(Tools.Result result, String target, int recipeCode) {
        assertThat(result.exitCode()).as("make %s exit code:%n%s", target, result.output()).isEqualTo(2);
        assertThat(result.output()).as("make's line with the recipe's own exit code")
                // make[N] when the test itself runs under make (make test sets MAKELEVEL for the test JVM).
                .containsPattern("make(\\[\\d+\\])?: \\*\\*\\* \\[Makefile:\\d+: " + target + "\\] Error " + recipeCode);
    }
}
