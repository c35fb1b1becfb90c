package io.glueplatform.docs;

import io.glueplatform.config.ConfigException;
import io.glueplatform.cost.CostException;
import io.glueplatform.cost.CostModel;

import java.nio.file.Path;
import java.util.List;

/** {@code make cost [ENV=...]}: the monthly estimate of each environment, per resource, from its synthesized stack. */
public final class CostCommand {

    private CostCommand() {
    }

    public static void main(String[] args) {
        List<StackDocuments.Document> documents;
        try {
            documents = StackDocuments.load(Path.of(DiagramCommand.envOr("PLATFORM_CONFIG_DIR", "environments")),
                    Path.of(DiagramCommand.envOr("PLATFORM_SCRIPTS_DIR", "glue-scripts")), DiagramCommand.requested(args));
        } catch (ConfigException e) {
            System.err.println("glue-platform cost: invalid configuration:");
            e.problems().forEach(problem -> System.err.println("  - " + problem));
            System.exit(2);
            return;
        }
        try {
            for (StackDocuments.Document document : documents) {
                CostTable.print(CostModel.estimate(document.environment(), document.json()), System.out);
                System.out.println();
            }
        } catch (CostException e) {
            System.err.println("glue-platform cost: " + e.getMessage());
            System.exit(1);
        }
    }
}
