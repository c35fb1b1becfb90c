package io.glueplatform.docs;

import io.glueplatform.cost.Component;
import io.glueplatform.cost.CostEstimate;
import io.glueplatform.cost.CostLine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CostTableTest {

    private static final CostEstimate DEV = new CostEstimate("dev", List.of(
            new CostLine(Component.EC2, "aws_instance.a", "r-1", "b", 7.3),
            new CostLine(Component.EC2, "aws_instance.b", "r-1", "b", 7.3),
            new CostLine(Component.KMS, "aws_kms_key.k", "r-1", "b", 1.0)), 0.88, Set.of("r-1: list prices"));
    private static final CostEstimate PROD = new CostEstimate("prod", List.of(
            new CostLine(Component.NAT, "aws_nat_gateway.a", "r-1", "b", 1234.5)), 8.8, Set.of("r-1: list prices"));

    @Test
    void markdownHasOneColumnPerEnvironmentAndSumsPerComponent() {
        String table = CostTable.markdown(List.of(DEV, PROD));
        assertThat(table).startsWith(CostTable.BEGIN).endsWith(CostTable.END)
                .contains("| component | dev | prod |", "| EC2 instances | $14.60 | $0.00 |", "| NAT gateways | $0.00 | $1,234.50 |",
                        "| **total per month** | **$15.60** | **$1,234.50** |", "| $0.88 | $8.80 |", "Prices r-1: list prices.");
    }

    @Test
    void theBlockIsReplacedBetweenItsMarkersOnly() {
        String readme = "intro\n" + CostTable.BEGIN + "\nold\n" + CostTable.END + "\nrest\n";
        String updated = CostTable.replaceBlock(readme, CostTable.markdown(List.of(DEV)));
        assertThat(updated).startsWith("intro\n").endsWith("\nrest\n").doesNotContain("old").contains("$15.60");
        assertThat(CostTable.currentBlock(updated)).isEqualTo(CostTable.markdown(List.of(DEV)));
    }

    @Test
    void aReadmeWithoutMarkersIsAnErrorNotASilentAppend() {
        assertThatThrownBy(() -> CostTable.replaceBlock("no block here", "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("README.md has no cost-table block");
    }
}
