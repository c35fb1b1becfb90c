package io.glueplatform.migration;

import io.glueplatform.cdk.Naming;
import io.glueplatform.config.ConfigValidator;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.config.NatMode;
import io.glueplatform.vpc.NetworkProps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The migration map from the legacy HCL module layout ({@code legacy/}: {@code module "vpc"},
 * {@code module "glue_pipeline"}, ...) to this program's addresses ({@code <module>_<role>}, see
 * {@link Naming}). Per-AZ resources are {@code for_each} over the zone names in the legacy layout
 * ({@code module.vpc.aws_subnet.private["us-east-2a"]}) and carry the zone's suffix here
 * ({@code aws_subnet.vpc_private_a}); Glue jobs and their scripts are keyed by job name there
 * ({@code aws_glue_job.jobs["customer-data-cleansing"]}) and by role here
 * ({@code aws_glue_job.glue_customer_data_cleansing}).
 *
 * <p>The map lists every Foundation resource (kms, vpc, storage, iam, rds, ec2, glue) an environment's
 * configuration can produce; {@link MigrationBlocks} emits a {@code moved} block for each entry whose
 * target exists in the stack. docs/migration.md shows the table for dev.
 */
public final class LegacyAddresses {

    /**
     * Name prefixes of our addresses that belong to the Foundation modules the legacy layout covers
     * (kms, vpc, storage, iam, rds, ec2, glue_pipeline). Resources of later components (services.*,
     * connectivity) have other prefixes and no legacy counterpart.
     */
    public static final List<String> FOUNDATION_PREFIXES = List.of("kms_", "vpc_", "s3_", "iam_", "rds_", "ec2_", "tools_host_", "glue_");

    /**
     * Foundation resources the legacy HCL never had, so no state to move: a migration plan adds them (docs/migration.md,
     * "In-place updates"). The glue_common bundle every job gets with --extra-py-files came with the job folders.
     */
    public static final java.util.Set<String> NEW_IN_THIS_PROGRAM = java.util.Set.of("aws_s3_object.glue_library");

    /** Legacy storage keys its buckets by purpose; ours are {@code s3_<purpose>_*}. */
    static final List<String> BUCKETS = ConfigValidator.BUCKET_PURPOSES;

    private static final List<String> BUCKET_PARTS = List.of(
            "aws_s3_bucket", "aws_s3_bucket_public_access_block", "aws_s3_bucket_ownership_controls",
            "aws_s3_bucket_versioning", "aws_s3_bucket_server_side_encryption_configuration",
            "aws_s3_bucket_lifecycle_configuration", "aws_s3_bucket_policy");
    private static final List<String> GLUE_POLICIES = List.of(
            "kms", "logs", "db-secret-read", "scripts-read", "scratch-write", "lake-read", "lake-write");
    private static final List<String> RDS_LOGS = List.of("error", "general", "slowquery");
    private static final List<String> GLUE_JOB_LOGS = List.of("error", "logs-v2", "output");
    /** Clients admitted to MySQL: the legacy key (module.rds ...mysql_from["glue"]) is our firewall name. */
    private static final List<String> MYSQL_CLIENTS = List.of("glue", "tools_host");

    private final Naming naming;
    private final Map<String, String> moves = new LinkedHashMap<>();

    private LegacyAddresses(Naming naming) {
        this.naming = naming;
    }

    /**
     * Legacy address → our address for the environment.
     *
     * @param glueJobRoles roles of the stack's Glue jobs (e.g. customer_data_cleansing); the legacy key is
     *                     the job name with dashes (customer-data-cleansing)
     */
    public static Map<String, String> forEnvironment(EnvironmentConfig env, Collection<String> glueJobRoles) {
        LegacyAddresses map = new LegacyAddresses(new Naming(env.name()));
        map.kms();
        map.vpc(env);
        map.storage();
        map.iam();
        map.rds();
        map.ec2();
        map.gluePipeline(env, glueJobRoles);
        return Collections.unmodifiableMap(map.moves);
    }

    /** {@code module.<module>.<type>.<name>[optional "key"]}. */
    static String legacy(String module, String type, String name, String key) {
        return "module." + module + "." + type + "." + name + (key == null ? "" : "[\"" + key + "\"]");
    }

    private void move(String legacyModule, String type, String legacyName, String key, String module, String role) {
        String from = legacy(legacyModule, type, legacyName, key);
        String to = type + "." + naming.address(module, role);
        if (moves.containsKey(from) || moves.containsValue(to)) {
            throw new IllegalStateException("migration map lists " + from + " or " + to + " twice");
        }
        moves.put(from, to);
    }

    private void kms() {
        move("kms", "aws_kms_key", "main", null, "kms", "this");
        move("kms", "aws_kms_alias", "main", null, "kms", "this");
    }

    private void vpc(EnvironmentConfig env) {
        move("vpc", "aws_vpc", "main", null, "vpc", "this");
        move("vpc", "aws_default_security_group", "default", null, "vpc", "default");
        move("vpc", "aws_internet_gateway", "main", null, "vpc", "this");
        move("vpc", "aws_route_table", "public", null, "vpc", "public");
        move("vpc", "aws_route", "public_internet", null, "vpc", "public_internet");
        List<String> zones = env.availabilityZones();
        for (String zone : zones) {
            String suffix = EnvironmentConfig.azSuffix(zone);
            move("vpc", "aws_subnet", "public", zone, "vpc", "public_" + suffix);
            move("vpc", "aws_route_table_association", "public", zone, "vpc", "public_" + suffix);
            move("vpc", "aws_subnet", "private", zone, "vpc", "private_" + suffix);
            move("vpc", "aws_route_table_association", "private", zone, "vpc", "private_" + suffix);
            move("vpc", "aws_route_table", "private", zone, "vpc", "private_" + suffix);
            move("vpc", "aws_route", "private_nat", zone, "vpc", "private_" + suffix + "_nat");
        }
        List<String> natZones = env.network().natMode() == NatMode.SINGLE && !zones.isEmpty() ? zones.subList(0, 1) : zones;
        for (String zone : natZones) {
            String role = "nat_" + EnvironmentConfig.azSuffix(zone);
            move("vpc", "aws_eip", "nat", zone, "vpc", role);
            move("vpc", "aws_nat_gateway", "main", zone, "vpc", role);
        }
        move("vpc", "aws_vpc_endpoint", "s3", null, "vpc", "s3");
        move("vpc", "aws_security_group", "endpoints", null, "vpc_endpoints_sg", "this");
        move("vpc", "aws_vpc_security_group_ingress_rule", "endpoints_https", null, "vpc_endpoints_sg", "in_https_from_vpc");
        List<String> endpoints = new ArrayList<>(NetworkProps.SESSION_MANAGER_ENDPOINTS);
        endpoints.addAll(env.network().optionalInterfaceEndpoints());
        for (String service : endpoints) {
            move("vpc", "aws_vpc_endpoint", "interface", service, "vpc", service);
        }
        // The seeds' module "vpc" owns the Glue self-referencing group (module.vpc.glue_security_group_id).
        move("vpc", "aws_security_group", "glue", null, "glue_sg", "this");
        move("vpc", "aws_vpc_security_group_ingress_rule", "glue_self", null, "glue_sg", "in_all_tcp");
        move("vpc", "aws_vpc_security_group_egress_rule", "glue_self", null, "glue_sg", "out_all_tcp");
        move("vpc", "aws_vpc_security_group_egress_rule", "glue_https", null, "glue_sg", "out_https");
        move("vpc", "aws_cloudwatch_log_group", "flow_logs", null, "vpc", "flow_logs");
        move("vpc", "aws_iam_role", "flow_logs", null, "vpc", "flow_logs");
        move("vpc", "aws_iam_role_policy", "flow_logs", null, "vpc", "flow_logs");
        move("vpc", "aws_flow_log", "main", null, "vpc", "this");
    }

    private void storage() {
        for (String purpose : BUCKETS) {
            String module = "s3_" + purpose.replace('-', '_');
            for (String type : BUCKET_PARTS) {
                move("storage", type, "this", purpose, module, "this");
            }
            if (!"access-logs".equals(purpose)) {
                move("storage", "aws_s3_bucket_logging", "this", purpose, module, "this");
            }
        }
    }

    private void iam() {
        move("iam", "aws_iam_role", "glue", null, "iam", "glue_job");
        move("iam", "aws_iam_role_policy_attachment", "glue_service", null, "iam", "glue_job_managed");
        for (String policy : GLUE_POLICIES) {
            move("iam", "aws_iam_role_policy", "glue", policy, "iam", "glue_job_" + policy);
        }
        move("iam", "aws_iam_role", "ec2_ssm", null, "iam", "tools_host");
        move("iam", "aws_iam_role_policy_attachment", "ec2_ssm", null, "iam", "tools_host_managed");
        move("iam", "aws_iam_role_policy", "ec2_db_secret_read", null, "iam", "tools_host_db_secret_read");
        move("iam", "aws_iam_instance_profile", "ec2_ssm", null, "iam", "tools_host");
    }

    private void rds() {
        move("rds", "aws_db_instance", "mysql", null, "rds", "this");
        move("rds", "aws_db_parameter_group", "mysql", null, "rds", "this");
        move("rds", "aws_db_subnet_group", "main", null, "rds", "this");
        move("rds", "aws_security_group", "rds", null, "rds_sg", "this");
        for (String log : RDS_LOGS) {
            move("rds", "aws_cloudwatch_log_group", "mysql", log, "rds", "log_" + log);
        }
        for (String client : MYSQL_CLIENTS) {
            move("rds", "aws_vpc_security_group_ingress_rule", "mysql_from", client, "rds_sg", "in_mysql_from_" + client);
            move("rds", "aws_vpc_security_group_egress_rule", "mysql_to_rds", client, client + "_sg", "out_mysql_to_rds");
        }
    }

    private void ec2() {
        move("ec2", "aws_instance", "tools", null, "ec2", "tools_host");
        move("ec2", "aws_launch_template", "tools", null, "ec2", "tools_host");
        move("ec2", "aws_security_group", "tools", null, "tools_host_sg", "this");
        move("ec2", "aws_vpc_security_group_egress_rule", "tools_https", null, "tools_host_sg", "out_https");
    }

    private void gluePipeline(EnvironmentConfig env, Collection<String> jobRoles) {
        move("glue_pipeline", "aws_glue_security_configuration", "main", null, "glue", "this");
        for (String stream : GLUE_JOB_LOGS) {
            move("glue_pipeline", "aws_cloudwatch_log_group", "jobs", stream, "glue", "jobs_log_" + stream.replace('-', '_'));
        }
        move("glue_pipeline", "aws_glue_catalog_database", "main", null, "glue", "catalog");
        for (String zone : env.availabilityZones()) {
            move("glue_pipeline", "aws_glue_connection", "network", zone, "glue", "network_" + EnvironmentConfig.azSuffix(zone));
        }
        move("glue_pipeline", "aws_glue_connection", "mysql", null, "glue", "mysql");
        for (String role : jobRoles) {
            String jobName = role.replace('_', '-');
            move("glue_pipeline", "aws_glue_job", "jobs", jobName, "glue", role);
            move("glue_pipeline", "aws_s3_object", "scripts", jobName, "glue", "script_" + role);
        }
    }
}
