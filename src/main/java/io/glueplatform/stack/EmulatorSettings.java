package io.glueplatform.stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.s3_bucket_policy.S3BucketPolicy;
import io.glueplatform.cdk.CheckSuppressions;
import com.hashicorp.cdktf.TerraformResource;
import com.hashicorp.cdktf.providers.aws.provider.AwsProviderEndpoints;
import software.constructs.IConstruct;

import java.util.List;
import java.util.Map;

/**
 * Everything specific to the local AWS emulator (moto) in one place. Nothing here changes what is
 * synthesized for real AWS: it only shapes the provider block of the EMULATOR target.
 *
 * <p>moto 5.2 differs from AWS in ways that would make a second plan show changes (or hang). The
 * EMULATOR target works around each, here and nowhere else:
 * <ul>
 *   <li>moto answers account 123456789012, so the account id is not skipped (Glue ARNs need it);</li>
 *   <li>{@link #IGNORED_DRIFT}: attributes moto does not read back as written, ignored per resource type;</li>
 *   <li>moto enforces bucket policies but evaluates no condition operator except StringEquals: it treats
 *       the TLS-only {@code Deny ... Bool aws:SecureTransport=false} as an unconditional deny of every
 *       object write. The EMULATOR target leaves conditional Deny statements out of bucket policies;</li>
 *   <li>aws_glue_job reads back execution_class STANDARD: the program always sets it explicitly.</li>
 * </ul>
 */
public final class EmulatorSettings {

    public static final String DEFAULT_ENDPOINT = "http://127.0.0.1:5000";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Resource type → attributes moto reads back differently from what was applied. */
    static final Map<String, List<String>> IGNORED_DRIFT = Map.ofEntries(
            // GetConnection omits ConnectionType; UpdateConnection is unimplemented, so "fixing" it would hang.
            Map.entry("aws_glue_connection", List.of("connection_type")),
            // DescribeDBParameters does not return user-set parameters.
            Map.entry("aws_db_parameter_group", List.of("parameter")),
            // Rules that reference a security group come back without their description.
            Map.entry("aws_vpc_security_group_ingress_rule", List.of("description")),
            Map.entry("aws_vpc_security_group_egress_rule", List.of("description")),
            // Launch templates come back with a launch-template tag specification nobody wrote.
            Map.entry("aws_launch_template", List.of("tag_specifications")),
            // Instances come back with associate_public_ip_address = true even in private subnets, and
            // without the security groups when launched from a template.
            Map.entry("aws_instance", List.of("associate_public_ip_address", "vpc_security_group_ids")),
            // ECS services come back without their capacity provider strategy and managed-tags flag.
            Map.entry("aws_ecs_service", List.of("capacity_provider_strategy", "enable_ecs_managed_tags", "availability_zone_rebalancing")),
            // On-demand triggers come back disabled; workflows come back without tags.
            Map.entry("aws_glue_trigger", List.of("enabled")),
            Map.entry("aws_glue_workflow", List.of("tags", "tags_all")));

    private EmulatorSettings() {
    }

    /** PLATFORM_EMULATOR_ENDPOINT, or moto's default port on loopback. */
    public static String endpoint() {
        String value = System.getenv("PLATFORM_EMULATOR_ENDPOINT");
        return value == null || value.isBlank() ? DEFAULT_ENDPOINT : value;
    }

    public static AwsProviderEndpoints endpoints(String url) {
        return AwsProviderEndpoints.builder()
                .ec2(url).iam(url).s3(url).rds(url).glue(url).sts(url).kms(url).logs(url)
                .secretsmanager(url).ssm(url).ecr(url).ecs(url).redshift(url).cloudwatch(url)
                .build();
    }

    /**
     * Applies the emulator-only workarounds to a stack synthesized for the EMULATOR target: moto's
     * GetConnection omits ConnectionType, so without this every re-plan would "update" each Glue
     * connection, and moto cannot update one (the apply would hang until timeout).
     */
    public static void applyWorkarounds(TerraformStack stack) {
        for (IConstruct construct : stack.getNode().findAll()) {
            if (construct instanceof TerraformResource resource) {
                List<String> ignored = IGNORED_DRIFT.get(resource.getTerraformResourceType());
                if (ignored != null) {
                    resource.addOverride("lifecycle.ignore_changes", ignored);
                }
            }
            if (construct instanceof S3BucketPolicy policy) {
                withoutConditionalDenies(policy);
            }
            if (construct instanceof com.hashicorp.cdktf.providers.aws.s3_bucket.S3Bucket bucket) {
                CheckSuppressions.suppress(bucket, "GLUE-S3-008", "EMULATOR target only: moto evaluates no Bool condition and would"
                        + " deny every write, so the TLS-only Deny is left out (stack/EmulatorSettings); the aws and offline targets keep it");
            }
        }
    }

    private static void withoutConditionalDenies(S3BucketPolicy policy) {
        try {
            ObjectNode document = (ObjectNode) MAPPER.readTree(policy.getPolicyInput());
            ArrayNode kept = MAPPER.createArrayNode();
            for (JsonNode statement : document.path("Statement")) {
                if (!("Deny".equals(statement.path("Effect").asText()) && statement.has("Condition"))) {
                    kept.add(statement);
                }
            }
            if (kept.isEmpty()) {
                policy.addOverride("count", 0);
            } else {
                document.set("Statement", kept);
                policy.addOverride("policy", MAPPER.writeValueAsString(document));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bucket policy is not JSON", e);
        }
    }
}
