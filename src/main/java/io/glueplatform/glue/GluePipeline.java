package io.glueplatform.glue;

import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroup;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroupConfig;
import com.hashicorp.cdktf.providers.aws.glue_catalog_database.GlueCatalogDatabase;
import com.hashicorp.cdktf.providers.aws.glue_catalog_database.GlueCatalogDatabaseConfig;
import com.hashicorp.cdktf.providers.aws.glue_connection.GlueConnection;
import com.hashicorp.cdktf.providers.aws.glue_connection.GlueConnectionConfig;
import com.hashicorp.cdktf.providers.aws.glue_connection.GlueConnectionPhysicalConnectionRequirements;
import com.hashicorp.cdktf.providers.aws.glue_job.GlueJob;
import com.hashicorp.cdktf.providers.aws.glue_security_configuration.GlueSecurityConfiguration;
import com.hashicorp.cdktf.providers.aws.glue_security_configuration.GlueSecurityConfigurationConfig;
import com.hashicorp.cdktf.providers.aws.glue_security_configuration.GlueSecurityConfigurationEncryptionConfiguration;
import com.hashicorp.cdktf.providers.aws.glue_security_configuration.GlueSecurityConfigurationEncryptionConfigurationCloudwatchEncryption;
import com.hashicorp.cdktf.providers.aws.glue_security_configuration.GlueSecurityConfigurationEncryptionConfigurationJobBookmarksEncryption;
import com.hashicorp.cdktf.providers.aws.glue_security_configuration.GlueSecurityConfigurationEncryptionConfigurationS3Encryption;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.PlatformModule;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.config.GlueConfig;
import io.glueplatform.firewall.Firewall;
import io.glueplatform.firewall.PortRange;
import io.glueplatform.vpc.SubnetRef;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The glue module. A Glue job joins a VPC only through connections: one NETWORK connection per private
 * subnet, in zone order, is attached to every job (Glue places all ENIs in the subnet of the first
 * healthy connection; the others let a retry move to another zone). Its security group admits itself
 * on every TCP port, because Spark's driver and executors talk on dynamic ports. There is no
 * {@code vpc_config} on aws_glue_job, and VPC job arguments are refused ({@link GlueJobSpec}).
 */
public final class GluePipeline extends PlatformModule {

    /** Log streams Glue writes for jobs that use a security configuration with CloudWatch encryption. */
    static final List<String> JOB_LOG_STREAMS = List.of("output", "error", "logs-v2");

    private final GluePipelineProps props;
    private final Firewall firewall;
    private final List<GlueConnection> networkConnections = new ArrayList<>();
    private final List<SubnetRef> connectionSubnets = new ArrayList<>();
    private final Map<String, GlueJob> jobs = new LinkedHashMap<>();
    private final GlueSecurityConfiguration securityConfiguration;
    private final GlueCatalogDatabase catalog;
    private final GlueJobs glueJobs;
    private GlueConnection jdbcConnection;
    private final com.hashicorp.cdktf.providers.aws.s3_object.S3Object library;
    private final Map<String, GlueConnection> storeConnections = new LinkedHashMap<>();

    public GluePipeline(Construct scope, Naming naming, GluePipelineProps props) {
        super(scope, "glue", naming);
        this.props = props;
        GlueConfig settings = props.settings();
        this.glueJobs = new GlueJobs(this, this::add, naming, settings, props.role().arn(), props.scriptsBucket(), props.kmsKeyArn());

        this.firewall = new Firewall(this, naming, "glue", props.vpcId(),
                "Glue ENIs: Spark driver and executors reach each other on any TCP port");
        // Without both directions of this rule executors cannot open RPC to the driver ("Connection refused").
        firewall.allowSelf("all_tcp", PortRange.allTcp(), "Spark driver/executor RPC and shuffle between Glue ENIs");
        firewall.allowEgress("https", PortRange.tcp(443), Firewall.Peer.cidr("0.0.0.0/0"),
                "HTTPS to S3 (gateway endpoint), Glue, CloudWatch and Secrets Manager APIs");

        this.securityConfiguration = add("this", id -> new GlueSecurityConfiguration(this, id + "_security", GlueSecurityConfigurationConfig.builder()
                .name(resourceName("kms"))
                .encryptionConfiguration(GlueSecurityConfigurationEncryptionConfiguration.builder()
                        .s3Encryption(GlueSecurityConfigurationEncryptionConfigurationS3Encryption.builder()
                                .s3EncryptionMode("SSE-KMS").kmsKeyArn(props.kmsKeyArn()).build())
                        .cloudwatchEncryption(GlueSecurityConfigurationEncryptionConfigurationCloudwatchEncryption.builder()
                                .cloudwatchEncryptionMode("SSE-KMS").kmsKeyArn(props.kmsKeyArn()).build())
                        .jobBookmarksEncryption(GlueSecurityConfigurationEncryptionConfigurationJobBookmarksEncryption.builder()
                                .jobBookmarksEncryptionMode("CSE-KMS").kmsKeyArn(props.kmsKeyArn()).build())
                        .build())
                .build()));
        // With CloudWatch encryption Glue logs to /aws-glue/jobs-<role>-<security configuration>/...; create those
        // groups first so they get retention and the key instead of "never expire".
        for (String stream : JOB_LOG_STREAMS) {
            String role = "jobs_log_" + stream.replace('-', '_');
            add(role, id -> new CloudwatchLogGroup(this, id, CloudwatchLogGroupConfig.builder()
                    .name("/aws-glue/jobs-" + props.role().name() + "-" + securityConfiguration.getName() + "/" + stream)
                    .retentionInDays(props.logRetentionDays())
                    .kmsKeyId(props.kmsKeyArn())
                    .tags(tags(role))
                    .build()));
        }
        this.catalog = add("catalog", id -> new GlueCatalogDatabase(this, id, GlueCatalogDatabaseConfig.builder()
                .name(props.catalogDatabase())
                .description("Data lake catalog of the " + naming.environment() + " platform")
                .build()));

        if (settings.runInVpc()) {
            for (SubnetRef subnet : props.privateSubnets()) {
                String suffix = EnvironmentConfig.azSuffix(subnet.availabilityZone());
                networkConnections.add(add("network_" + suffix, id -> new GlueConnection(this, id, GlueConnectionConfig.builder()
                        .name(resourceName("network-" + subnet.availabilityZone()))
                        .description("Places Glue ENIs in " + subnet.availabilityZone() + " (private subnet " + subnet.cidr() + ")")
                        .connectionType("NETWORK")
                        .physicalConnectionRequirements(requirements(subnet))
                        .tags(tags("network_" + suffix))
                        .build())));
                connectionSubnets.add(subnet);
            }
            if (props.database() != null) {
                GluePipelineProps.JdbcTarget db = props.database();
                db.firewall().allowFrom(firewall, "mysql", PortRange.tcp(3306), "MySQL from Glue jobs");
                SubnetRef first = props.privateSubnets().get(0);
                this.jdbcConnection = add(db.name(), id -> new GlueConnection(this, id, GlueConnectionConfig.builder()
                        .name(resourceName(db.name()))
                        .description("JDBC over TLS to " + db.name() + "; credentials from Secrets Manager")
                        .connectionType("JDBC")
                        .connectionProperties(Map.of(
                                "JDBC_CONNECTION_URL", db.jdbcUrl(),
                                "SECRET_ID", db.secretArn(),
                                "JDBC_ENFORCE_SSL", "true"))
                        .physicalConnectionRequirements(requirements(first))
                        .tags(tags(db.name()))
                        .build()));
            }
            for (GluePipelineProps.ExternalStore store : props.stores()) {
                storeConnections.put(store.name(), storeConnection(store));
            }
        }
        this.library = glueJobs.uploadLibrary(props.libraryBundle());
        for (GlueJobSpec spec : props.jobs()) {
            if (spec.connectionArguments().values().stream().anyMatch(connection -> connection(connection) == null)) {
                // Outside the VPC, without the database or without a configured store the job could not reach its
                // source or target; leave it out.
                continue;
            }
            jobs.put(spec.role(), job(spec));
        }
    }

    private GlueConnectionPhysicalConnectionRequirements requirements(SubnetRef subnet) {
        return requirements(subnet, firewall.id());
    }

    private static GlueConnectionPhysicalConnectionRequirements requirements(SubnetRef subnet, String securityGroupId) {
        return GlueConnectionPhysicalConnectionRequirements.builder()
                .availabilityZone(subnet.availabilityZone())
                .subnetId(subnet.id())
                .securityGroupIdList(List.of(securityGroupId))
                .build();
    }

    /**
     * A store outside the Glue VPC. The ENIs of a job are in the subnet of its first connection (the Glue
     * VPC's), with the Glue security group, whatever subnet this connection names: so the Glue group gets
     * the egress to the store.
     */
    private GlueConnection storeConnection(GluePipelineProps.ExternalStore store) {
        firewall.allowEgress(store.name(), PortRange.tcp(store.port()), Firewall.Peer.cidr(store.egressCidr()),
                store.description());
        SubnetRef subnet = store.subnet() != null ? store.subnet() : props.privateSubnets().get(0);
        String securityGroupId = store.securityGroupId() != null ? store.securityGroupId() : firewall.id();
        return add(store.name(), id -> new GlueConnection(this, id, GlueConnectionConfig.builder()
                .name(resourceName(store.name()))
                .description(store.description() + "; credentials from Secrets Manager")
                .connectionType("JDBC")
                .connectionProperties(Map.of(
                        "JDBC_CONNECTION_URL", store.jdbcUrl(),
                        "SECRET_ID", store.secretArn(),
                        "JDBC_ENFORCE_SSL", "true"))
                .physicalConnectionRequirements(requirements(subnet, securityGroupId))
                .tags(tags(store.name()))
                .build()));
    }

    /** A Glue JDBC connection by the name a manifest uses ({@code mysql}, a store's name); null when there is none. */
    private GlueConnection connection(String name) {
        if (props.database() != null && props.database().name().equals(name)) {
            return jdbcConnection;
        }
        return storeConnections.get(name);
    }

    private boolean isDatabase(String name) {
        return props.database() != null && props.database().name().equals(name);
    }

    private GlueJob job(GlueJobSpec spec) {
        GlueConfig settings = props.settings();
        String scriptLocation = glueJobs.uploadScript(props.scriptsDir(), spec);
        Map<String, String> arguments = glueJobs.defaultArguments(spec, true, "job-bookmark-enable");
        arguments.putAll(spec.arguments());

        List<String> connections = new ArrayList<>(networkConnections.stream().map(GlueConnection::getName).toList());
        // Deliberate order (seed 003): Glue puts every ENI in the subnet of the first connection that passes its
        // checks. The Glue VPC's NETWORK connections come first (NAT, S3 endpoint, MySQL, peering routes), then the
        // database's JDBC connection, and connections into other VPCs last: they only carry their JDBC properties
        // and are never where the ENIs go while a Glue VPC zone is healthy.
        List<String> ordered = new ArrayList<>(spec.connectionArguments().values().stream().filter(this::isDatabase).toList());
        spec.connectionArguments().values().stream().filter(c -> !isDatabase(c)).forEach(ordered::add);
        for (String name : ordered.stream().distinct().toList()) {
            // The script reads through this connection by name (useConnectionProperties), so it must be attached too.
            connections.add(connection(name).getName());
        }
        spec.connectionArguments().forEach((argument, name) -> arguments.put(argument, connection(name).getName()));
        GlueJobs.Sizing sizing = new GlueJobs.Sizing(settings.workerType(),
                spec.numberOfWorkers() != null ? spec.numberOfWorkers() : settings.numberOfWorkers(),
                spec.timeoutMinutes() != null ? spec.timeoutMinutes() : settings.timeoutMinutes());
        return glueJobs.job(spec, sizing, securityConfiguration.getName(), connections, scriptLocation, arguments, library);
    }

    /** The uploaded glue_common bundle; every job of the platform gets it with --extra-py-files. */
    com.hashicorp.cdktf.providers.aws.s3_object.S3Object library() {
        return library;
    }

    public Firewall firewall() {
        return firewall;
    }

    /** Job names by role, in declaration order. */
    public Map<String, String> jobNames() {
        Map<String, String> names = new LinkedHashMap<>();
        jobs.forEach((role, job) -> names.put(role, job.getName()));
        return Collections.unmodifiableMap(names);
    }

    public String jobName(String role) {
        GlueJob job = jobs.get(role);
        if (job == null) {
            throw new IllegalArgumentException("glue: no job '" + role + "'; jobs: " + jobs.keySet());
        }
        return job.getName();
    }

    public List<String> networkConnectionNames() {
        return networkConnections.stream().map(GlueConnection::getName).toList();
    }

    /** Subnets of the NETWORK connections, in the order jobs list them. */
    public List<SubnetRef> connectionSubnets() {
        return Collections.unmodifiableList(connectionSubnets);
    }

    /** JDBC connection names of the external stores, by store name. */
    public Map<String, String> storeConnectionNames() {
        Map<String, String> names = new LinkedHashMap<>();
        storeConnections.forEach((store, connection) -> names.put(store, connection.getName()));
        return Collections.unmodifiableMap(names);
    }

    public String jdbcConnectionName() {
        return jdbcConnection == null ? null : jdbcConnection.getName();
    }

    public String catalogDatabaseName() {
        return catalog.getName();
    }

    public String securityConfigurationName() {
        return securityConfiguration.getName();
    }
}
