package io.glueplatform.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * What the synthesized stack cannot know: how much the platform logs, how big its images are, how much traffic
 * leaves through NAT. Kept next to the price tables ({@code cost/usage-assumptions.json}) so the README and the
 * pictures state the same assumptions.
 */
public record UsageAssumptions(double logIngestGbPerGroupPerMonth, double flowLogIngestGbPerMonth,
                               double logStorageMonthsWhenNeverExpiring, double natProcessedGbPerGatewayPerMonth,
                               double ecrImageGb, int ecrImagesPerRepositoryWithoutLifecycle) {

    public static UsageAssumptions shipped() {
        try (InputStream in = UsageAssumptions.class.getClassLoader().getResourceAsStream("cost/usage-assumptions.json")) {
            if (in == null) {
                throw new CostException("cost/usage-assumptions.json is missing from the classpath");
            }
            JsonNode node = new ObjectMapper().readTree(in);
            return new UsageAssumptions(number(node, "logIngestGbPerGroupPerMonth"), number(node, "flowLogIngestGbPerMonth"),
                    number(node, "logStorageMonthsWhenNeverExpiring"), number(node, "natProcessedGbPerGatewayPerMonth"),
                    number(node, "ecrImageGb"), (int) number(node, "ecrImagesPerRepositoryWithoutLifecycle"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double number(JsonNode node, String field) {
        if (!node.path(field).isNumber()) {
            throw new CostException("cost/usage-assumptions.json has no number '" + field + "'");
        }
        return node.path(field).asDouble();
    }
}
