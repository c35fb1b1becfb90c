package io.glueplatform.checks;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, next to its predicate (cdk-nag style). The ids of other tools name the same
 * requirement, so a team that knows checkov, trivy or cdk-nag finds its rule here; empty where that tool
 * has no equivalent (never guessed).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    /** Our stable id, e.g. GLUE-S3-001: what suppressions, reports and docs refer to. */
    String id();

    /** One line: what the rule requires. */
    String title();

    Severity severity() default Severity.ERROR;

    /** The Terraform resource types the rule judges; one verdict per resource of these types. */
    String[] resourceTypes();

    /** Why, in a sentence or two. */
    String rationale();

    /** The AWS documentation the rationale comes from. */
    String doc();

    /** How to comply. */
    String fix();

    String checkov() default "";

    /** trivy / tfsec AVD id, e.g. AVD-AWS-0086. */
    String trivy() default "";

    /** cdk-nag AwsSolutions id, e.g. AwsSolutions-S1. */
    String cdkNag() default "";
}
