package io.glueplatform.config;

import java.util.List;

/**
 * Glue reachability beyond the platform VPC (seeds 002 and 003): a data store in another region or
 * account reached through the NAT gateway, a peered second VPC, and the network preflight's suppressions.
 * Absent: the platform is exactly the single-VPC platform.
 *
 * @param crossRegionStore      null: none. A Redshift cluster in another region/account, reached via the NAT EIP
 * @param peeredVpc             null: none. A second VPC with a PostgreSQL RDS, peered with the Glue VPC
 * @param preflightSuppressions rules of the checks engine (network preflight and security rules) this environment
 *                              switches off, each with a written reason (reported on every synth); default none
 */
public record ConnectivityConfig(CrossRegionStoreConfig crossRegionStore, PeeredVpcConfig peeredVpc,
                                 List<PreflightSuppression> preflightSuppressions) {

    public ConnectivityConfig {
        preflightSuppressions = preflightSuppressions == null ? List.of() : List.copyOf(preflightSuppressions);
    }

    public static ConnectivityConfig defaults() {
        return new ConnectivityConfig(null, null, null);
    }

    /**
     * One rule switched off for this environment.
     *
     * @param rule    required; a rule id such as GLUE-NET-009 or GLUE-RS-004 (docs/policy.md)
     * @param reason  required, non-blank: why the finding does not apply here (printed on every synth)
     * @param address optional Terraform address ({@code type.name}) the suppression is limited to; absent = every
     *                resource of the environment's stack (the original, rule-wide form)
     */
    public record PreflightSuppression(String rule, String reason, String address) {
        public PreflightSuppression(String rule, String reason) {
            this(rule, reason, null);
        }
    }
}
