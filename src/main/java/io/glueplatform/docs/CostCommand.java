package io.glueplatform.docs;

import io.glueplatform.cdk.QuietJsiiStderr;
import io.glueplatform.Main;
import io.glueplatform.cost.CostException;
import io.glueplatform.cost.CostModel;

import java.util.List;

/** {@code make cost [ENV=...]}: the monthly estimate of each environment, per resource, from its synthesized stack. */
public final class CostCommand {

    private CostCommand() {
    }

    public static void main(String[] args) {
        QuietJsiiStderr.install();
        List<StackDocuments.Document> documents = StackDocuments.loadOrExit(Main.requested(args), "glue-platform cost: invalid configuration:");
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
