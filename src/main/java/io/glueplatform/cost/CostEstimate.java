package io.glueplatform.cost;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The monthly estimate of one environment: every priced line, totals per component and overall, and what was
 * left out on purpose (usage-priced services such as Glue job runs, S3 storage and data transfer).
 *
 * @param glueDpuHourUsd what one hour of every Glue job running at once costs (Glue is priced per run, not per month)
 * @param priceSources   "region: source, as of date" of every table used
 */
public record CostEstimate(String environment, List<CostLine> lines, double glueDpuHourUsd, Set<String> priceSources) {

    public double total() {
        return lines.stream().mapToDouble(CostLine::monthlyUsd).sum();
    }

    /** Sum per component, in table order; components without resources are absent. */
    public Map<Component, Double> byComponent() {
        Map<Component, Double> sums = new EnumMap<>(Component.class);
        lines.forEach(line -> sums.merge(line.component(), line.monthlyUsd(), Double::sum));
        return sums;
    }

    public static String usd(double amount) {
        return String.format(java.util.Locale.ROOT, "$%,.2f", amount);
    }
}
