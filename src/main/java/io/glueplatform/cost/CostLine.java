package io.glueplatform.cost;

/**
 * One priced resource (or group of resources) per month.
 *
 * @param resource Terraform address, or a short description when several resources are priced together
 * @param basis    how the amount was computed, e.g. {@code "t3.micro 0.0104/h × 730 h"}
 */
public record CostLine(Component component, String resource, String region, String basis, double monthlyUsd) {
}
