package io.glueplatform.checks;

import java.util.List;

/**
 * A rule's metadata, read from its area's {@code <AreaClass>.json} by {@link RuleCatalog}. The ids of other tools name
 * the same requirement, so a team that knows checkov, trivy or cdk-nag finds its rule here; empty where that tool has
 * no equivalent (never guessed).
 *
 * @param id            our stable id, e.g. GLUE-S3-001: what suppressions, reports and docs refer to
 * @param title         one line: what the rule requires
 * @param resourceTypes the Terraform resource types the rule judges; one verdict per resource of these types
 * @param rationale     why, in a sentence or two
 * @param doc           the AWS documentation the rationale comes from
 * @param fix           how to comply
 * @param trivy         trivy / tfsec AVD id, e.g. AVD-AWS-0086
 * @param cdkNag        cdk-nag AwsSolutions id, e.g. AwsSolutions-S1
 */
public record RuleInfo(String id, String title, Severity severity, List<String> resourceTypes, String rationale, String doc,
                       String fix, String checkov, String trivy, String cdkNag) {

    public RuleInfo {
        resourceTypes = List.copyOf(resourceTypes);
    }
}
