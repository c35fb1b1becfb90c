package io.glueplatform.checks.rules.redshift;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.checks.RuleId;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;

/**
 * The rules on Redshift clusters and parameter groups: one predicate per rule, bound to its id by {@link RuleId}.
 * What each rule requires, why and how to comply is data: {@code RedshiftRules.json} next to this class (in
 * src/main/resources); {@code RuleCatalog} pairs the two.
 */
public final class RedshiftRules {

    private RedshiftRules() {
    }

    @RuleId("GLUE-RS-001")
    static Verdict clusterEncrypted(Resource resource, StackModel model) {
        return Verdict.whenTrue(resource, "encrypted");
    }

    @RuleId("GLUE-RS-002")
    static Verdict clusterCustomerKey(Resource resource, StackModel model) {
        return Verdict.when(resource.has("kms_key_id"), "kms_key_id is not set");
    }

    @RuleId("GLUE-RS-003")
    static Verdict clusterAuditLogging(Resource resource, StackModel model) {
        boolean inline = TerraformDocument.bool(resource.block("logging").path("enable"), false);
        boolean separate = !model.referencing("aws_redshift_logging", "cluster_identifier", resource.address()).isEmpty();
        return Verdict.when(inline || separate, "audit logging is not enabled");
    }

    @RuleId("GLUE-RS-004")
    static Verdict enhancedVpcRouting(Resource resource, StackModel model) {
        return Verdict.whenTrue(resource, "enhanced_vpc_routing");
    }

    @RuleId("GLUE-RS-005")
    static Verdict clusterPrivate(Resource resource, StackModel model) {
        return Verdict.when(!resource.bool("publicly_accessible", true), "publicly_accessible is true (the provider default when unset)");
    }

    @RuleId("GLUE-RS-006")
    static Verdict requireSsl(Resource resource, StackModel model) {
        boolean ssl = false;
        for (JsonNode p : resource.path("parameter")) {
            ssl |= "require_ssl".equals(p.path("name").asText()) && "true".equalsIgnoreCase(p.path("value").asText());
        }
        return Verdict.when(ssl, "require_ssl is not true");
    }

    @RuleId("GLUE-RS-007")
    static Verdict clusterInVpc(Resource resource, StackModel model) {
        return Verdict.when(resource.has("cluster_subnet_group_name"), "cluster_subnet_group_name is not set");
    }
}
