package io.glueplatform.config;

import java.util.ArrayList;
import java.util.List;

import static io.glueplatform.config.AwsNameKind.*;

/**
 * Every AWS name the platform derives from an environment (its name, namePrefix, account, region, zones), with the
 * service whose rules it must satisfy. The constructs build these names themselves; this list mirrors them so
 * configuration can be refused before anything is built, and {@code PlatformNamesTest} proves it against the
 * synthesized JSON of every shipped environment (a name added to a construct but not here fails that test).
 * Names of switched-off components are listed too: checking a name that is not created costs nothing.
 */
public final class PlatformNames {

    /** One derived name; {@code field} is the configuration field a user changes to fix it. */
    public record AwsName(AwsNameKind kind, String value, String field) {
    }

    private PlatformNames() {
    }

    public static List<AwsName> of(EnvironmentConfig env) {
        String e = env.name();
        List<AwsName> names = new ArrayList<>();
        for (String purpose : ConfigValidator.BUCKET_PURPOSES) {
            names.add(new AwsName(S3_BUCKET, env.bucketName(purpose), "namePrefix"));
        }
        for (String role : List.of("iam-ecs-task", "iam-ecs-task-execution", "iam-glue-job", "iam-kubernetes-host",
                "iam-monitoring-host", "iam-tools-host", "vpc-flow-logs", "peer-vpc-flow-logs", "xr-vpc-flow-logs")) {
            names.add(new AwsName(IAM_ROLE, e + "-" + role, "name"));
        }
        for (String profile : List.of("hosts-kubernetes", "hosts-monitoring", "iam-tools-host")) {
            names.add(new AwsName(IAM_INSTANCE_PROFILE, e + "-" + profile, "name"));
        }
        names.add(new AwsName(IAM_SESSION_NAME, "glue-platform-" + e, "name"));
        names.add(new AwsName(RDS_IDENTIFIER, e + "-mysql", "name"));
        names.add(new AwsName(RDS_IDENTIFIER, e + "-peer-postgres", "name"));
        names.add(new AwsName(RDS_PARAMETER_GROUP, e + "-rds-mysql-tls", "name"));
        names.add(new AwsName(RDS_SUBNET_GROUP, e + "-rds-private", "name"));
        names.add(new AwsName(RDS_SUBNET_GROUP, e + "-peer-postgres", "name"));
        names.add(new AwsName(REDSHIFT_CLUSTER, e + "-xr-redshift", "name"));
        names.add(new AwsName(RDS_PARAMETER_GROUP, e + "-xr-redshift-tls", "name"));
        names.add(new AwsName(RDS_SUBNET_GROUP, e + "-xr-redshift", "name"));
        for (String glue : List.of("customer-data-cleansing", "data-processing", "data-quality", "feature-engineering",
                "orders-enrichment", "warehouse-load", "glue-mysql", "glue-postgres", "glue-redshift", "processed-crawler",
                "raw-crawler", "data-lake-after-processing", "data-lake-start", "data-lake-workflow", "glue-kms")) {
            names.add(new AwsName(GLUE_NAME, e + "-" + glue, "name"));
        }
        for (String zone : env.availabilityZones()) {
            names.add(new AwsName(GLUE_NAME, e + "-glue-network-" + zone, "availabilityZones"));
        }
        names.add(new AwsName(GLUE_DATABASE, env.catalogDatabaseName(),
                env.glue().catalogDatabaseName() != null ? "glue.catalogDatabaseName" : "name"));
        String glueLogs = e + "-iam-glue-job-" + e + "-glue-kms";
        for (String group : List.of("/aws/rds/instance/" + e + "-mysql/error", "/aws/rds/instance/" + e + "-mysql/general",
                "/aws/rds/instance/" + e + "-mysql/slowquery", "/aws/rds/instance/" + e + "-peer-postgres/postgresql",
                "/aws/vpc/flow-logs/" + e + "-vpc-this", "/aws/vpc/flow-logs/" + e + "-peer-vpc-this",
                "/aws/vpc/flow-logs/" + e + "-xr-vpc-this", "/aws/redshift/cluster/" + e + "-xr-redshift/connectionlog",
                "/aws/redshift/cluster/" + e + "-xr-redshift/useractivitylog", "/aws/redshift/cluster/" + e + "-xr-redshift/userlog",
                "/ecs/" + e + "/data-processing", "/ecs/" + e + "/spark-job", "/aws-glue/jobs-" + glueLogs + "/logs-v2",
                "/aws-glue/jobs-" + glueLogs + "/error", "/aws-glue/jobs-" + glueLogs + "/output",
                "/aws-glue/crawlers-role/" + glueLogs)) {
            names.add(new AwsName(LOG_GROUP, group, "name"));
        }
        for (String secret : List.of("glue/xr-redshift", "glue/peer-postgres", "platform/app", "platform/argocd-admin",
                "platform/grafana-admin", "platform/redis")) {
            names.add(new AwsName(SECRET, e + "/" + secret, "name"));
        }
        for (String repository : List.of("data-jobs", "glue-jobs", "spark-apps")) {
            names.add(new AwsName(ECR_REPOSITORY, e + "-" + repository, "name"));
        }
        for (String ecs : List.of("data-processing-cluster", "data-processing", "spark-job")) {
            names.add(new AwsName(ECS_NAME, e + "-" + ecs, "name"));
        }
        names.add(new AwsName(KMS_ALIAS, "alias/glue-platform-" + e, "name"));
        names.add(new AwsName(KMS_ALIAS, "alias/glue-platform-" + e + "-state", "name"));
        for (String group : List.of("app", "database", "glue", "kubernetes", "monitoring", "peer-glue", "peer-rds", "rds",
                "tools-host", "vpc-endpoints", "web", "xr-redshift")) {
            names.add(new AwsName(SECURITY_GROUP, e + "-" + group + "-sg-this", "name"));
        }
        for (String template : List.of("ec2-tools-host", "hosts-kubernetes", "hosts-monitoring")) {
            names.add(new AwsName(LAUNCH_TEMPLATE, e + "-" + template, "name"));
        }
        return List.copyOf(names);
    }
}
