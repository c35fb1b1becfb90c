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
import io.glueplatform.cdk.Outputs;
import io.glueplatform.cdk.PlatformModule;
import io.glueplatform.cdk.ReadOnce;
import io.glueplatform.config.GlueConfig;
import io.glueplatform.iam.ComponentRole;
import io.glueplatform.iam.PolicyStatement;
import io.glueplatform.iam.Role;
import io.glueplatform.kms.PlatformKey;
import io.glueplatform.rds.Database;
import io.glueplatform.storage.DataLake;
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
    // The connections' names, read once each as the connection is made (every job lists them; a read is a jsii round trip).
    private final List<String> networkConnectionNames = new ArrayList<>();
    private final List<SubnetRef> connectionSubnets = new ArrayList<>();
    private final Map<String, GlueJob> jobs = new LinkedHashMap<>();
    // Name tokens read once (ReadOnce): each job and log group needs the security configuration's.
    private final ReadOnce securityConfigurationName;
    private final ReadOnce catalogDatabaseName;
    private final GlueJobs glueJobs;
    private String jdbcConnectionName;
    private final com.hashicorp.cdktf.providers.aws.s3_object.S3Object library;
    private final Map<StoreKind, String> storeConnectionNames = new LinkedHashMap<>();
    private final Map<String, String> jobNames = new LinkedHashMap<>();
    private final ComponentRole role;
    private final JobSelection selection;

    /**
     * The pipeline with the catalog's pipeline jobs this environment can run: a job is deployed exactly where its
     * stores exist ({@link JobSelection}; the others are listed in {@link #notDeployedJobs()}).
     */
    public GluePipeline(Construct scope, Naming naming, GluePipelineProps props) {
        this(scope, naming, props, null);
    }

    /** The pipeline with exactly {@code jobs} (null: as above); a job whose store this environment lacks is an error. */
    public GluePipeline(Construct scope, Naming naming, GluePipelineProps props, List<GlueJobSpec> jobs) {
        super(scope, "glue", naming);
        this.props = props;
        GlueConfig settings = props.settings();
        String kmsKeyArn = props.dependencies().key().arn();
        this.role = jobRole(naming, props);
        this.glueJobs = new GlueJobs(this, this::add, naming, settings, role.arn(), props.dependencies().lake().scripts(), kmsKeyArn);

        this.firewall = new Firewall(this, naming, "glue", props.dependencies().network().vpcId(),
                "Glue ENIs: Spark driver and executors reach each other on any TCP port");
        // Without both directions of this rule executors cannot open RPC to the driver ("Connection refused").
        firewall.allowSelf("all_tcp", PortRange.allTcp(), "Spark driver/executor RPC and shuffle between Glue ENIs");
        firewall.allowEgress("https", PortRange.tcp(443), Firewall.Peer.cidr("0.0.0.0/0"),
                "HTTPS to S3 (gateway endpoint), Glue, CloudWatch and Secrets Manager APIs");

        GlueSecurityConfiguration securityConfiguration = add("this", id -> new GlueSecurityConfiguration(this, id + "_security", GlueSecurityConfigurationConfig.builder()
                .name(resourceName("kms"))
                .encryptionConfiguration(GlueSecurityConfigurationEncryptionConfiguration.builder()
                        .s3Encryption(GlueSecurityConfigurationEncryptionConfigurationS3Encryption.builder()
                                .s3EncryptionMode("SSE-KMS").kmsKeyArn(kmsKeyArn).build())
                        .cloudwatchEncryption(GlueSecurityConfigurationEncryptionConfigurationCloudwatchEncryption.builder()
                                .cloudwatchEncryptionMode("SSE-KMS").kmsKeyArn(kmsKeyArn).build())
                        .jobBookmarksEncryption(GlueSecurityConfigurationEncryptionConfigurationJobBookmarksEncryption.builder()
                                .jobBookmarksEncryptionMode("CSE-KMS").kmsKeyArn(kmsKeyArn).build())
                        .build())
                .build()));
        this.securityConfigurationName = new ReadOnce(securityConfiguration::getName);
        // With CloudWatch encryption Glue logs to /aws-glue/jobs-<role>-<security configuration>/...; create those
        // groups first so they get retention and the key instead of "never expire".
        for (String stream : JOB_LOG_STREAMS) {
            String logRole = "jobs_log_" + stream.replace('-', '_');
            add(logRole, id -> new CloudwatchLogGroup(this, id, CloudwatchLogGroupConfig.builder()
                    .name("/aws-glue/jobs-" + role.name() + "-" + securityConfigurationName.get() + "/" + stream)
                    .retentionInDays(props.logRetentionDays())
                    .kmsKeyId(kmsKeyArn)
                    .tags(tags(logRole))
                    .build()));
        }
        GlueCatalogDatabase catalog = add("catalog", id -> new GlueCatalogDatabase(this, id, GlueCatalogDatabaseConfig.builder()
                .name(props.catalogDatabase())
                .description("Data lake catalog of the " + naming.environment() + " platform")
                .build()));
        this.catalogDatabaseName = new ReadOnce(catalog::getName);

        if (settings.runInVpc()) {
            for (SubnetRef subnet : props.privateSubnets()) {
                String suffix = subnet.zoneSuffix();
                networkConnectionNames.add(add("network_" + suffix, id -> new GlueConnection(this, id, GlueConnectionConfig.builder()
                        .name(resourceName("network-" + subnet.availabilityZone()))
                        .description("Places Glue ENIs in " + subnet.availabilityZone() + " (private subnet " + subnet.cidr() + ")")
                        .connectionType("NETWORK")
                        .physicalConnectionRequirements(requirements(subnet))
                        .tags(tags("network_" + suffix))
                        .build())).getName());
                connectionSubnets.add(subnet);
            }
            if (props.database() != null) {
                this.jdbcConnectionName = databaseConnection(props.database()).getName();
            }
            for (GlueStore store : props.stores()) {
                storeConnectionNames.put(store.kind(), storeConnection(store).getName());
            }
        }
        grantJobRole(props);
        this.library = glueJobs.uploadLibrary(props.dependencies().catalog().libraryBundle());
        List<StoreKind> reachable = props.reachableStores();
        List<GlueJobSpec> catalogJobs = props.dependencies().catalog().pipelineJobs(JobCatalog.Locations.of(props.dependencies().lake()));
        this.selection = JobSelection.of(naming.environment(), catalogJobs, reachable, props.describeReachableStores());
        for (GlueJobSpec spec : jobs != null ? jobs : selection.deployed()) {
            JobSelection.requireStores(naming.environment(), spec, reachable, props.describeReachableStores());
            this.jobs.put(spec.role(), job(spec));
        }
        this.jobs.forEach((jobRole, job) -> jobNames.put(jobRole, job.getName()));
        outputs();
    }

    /** The job role (module iam, address iam_glue_job): Glue's managed policy, the platform key, Glue's log groups. */
    private ComponentRole jobRole(Naming naming, GluePipelineProps props) {
        ComponentRole role = new ComponentRole(this, naming, "glue_job", ComponentRole.TrustedService.GLUE,
                "Glue ETL jobs and crawlers of the platform")
                .withManagedPolicy(props.dependencies().scope().managedPolicyArn("service-role/AWSGlueServiceRole"));
        role.grant("kms", List.of(PolicyStatement.allow("UsePlatformKey", List.of("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey",
                "kms:GenerateDataKeyWithoutPlaintext", "kms:DescribeKey"), List.of(props.dependencies().key().arn()))));
        // The security configuration encrypts Glue's log groups: Glue associates the key as the job role.
        String logGroups = props.dependencies().scope().logGroupArn("/aws-glue/*");
        role.grant("logs", List.of(PolicyStatement.allow("WriteGlueLogs",
                List.of("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents", "logs:AssociateKmsKey"),
                List.of(logGroups, logGroups + ":*"))));
        return role;
    }

    /** What the jobs may touch, each grant from the owner of the resource: scripts and scratch, the lake zones, the stores' secrets. */
    private void grantJobRole(GluePipelineProps props) {
        DataLake lake = props.dependencies().lake();
        lake.scripts().grantRead(role, "scripts_read", DataLake.SCRIPTS);
        lake.scripts().grantReadWrite(role, "scratch_write", DataLake.TEMP, DataLake.SPARK_LOGS);
        lake.lake().grantRead(role, "lake_read", DataLake.RAW, DataLake.PROCESSED);
        lake.lake().grantReadWrite(role, "lake_write", DataLake.PROCESSED, DataLake.CURATED);
        if (props.database() != null) {
            props.database().grantSecretRead(role, props.dependencies().scope().region());
        }
        props.stores().forEach(store -> store.grantSecretRead(role));
    }

    private void outputs() {
        Outputs.add(this, "catalog_database", catalogDatabaseName(), "Glue Data Catalog database");
        Outputs.add(this, "glue_job_names", jobNames().values(), "Glue jobs");
        Outputs.add(this, "glue_network_connections", networkConnectionNames(), "NETWORK connections, in the order jobs list them");
        storeConnectionNames().forEach((store, name) ->
                Outputs.add(this, "glue_" + store + "_connection", name, "JDBC connection to the " + store + " store"));
        if (jdbcConnectionName() != null) {
            Outputs.add(this, "glue_jdbc_connection", jdbcConnectionName(), "JDBC connection to MySQL");
        }
    }

    /** The platform's MySQL: a JDBC connection in the first private subnet, admitted by the database's security group. */
    private GlueConnection databaseConnection(Database database) {
        String name = StoreKind.MYSQL.connectionName();
        database.allowFrom(firewall, "MySQL from Glue jobs");
        SubnetRef first = props.privateSubnets().get(0);
        return add(name, id -> new GlueConnection(this, id, GlueConnectionConfig.builder()
                .name(resourceName(name))
                .description("JDBC over TLS to " + name + "; credentials from Secrets Manager")
                .connectionType("JDBC")
                .connectionProperties(jdbcProperties(database.jdbcUrl(), database.secretArn()))
                .physicalConnectionRequirements(requirements(first))
                .tags(tags(name))
                .build()));
    }

    private static Map<String, String> jdbcProperties(String jdbcUrl, String secretArn) {
        return Map.of("JDBC_CONNECTION_URL", jdbcUrl, "SECRET_ID", secretArn, "JDBC_ENFORCE_SSL", "true");
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
    private GlueConnection storeConnection(GlueStore store) {
        String name = store.kind().connectionName();
        GlueStore.Placement placement = store.placement();
        firewall.allowEgress(name, PortRange.tcp(store.endpoint().port()), Firewall.Peer.cidr(placement.egressCidr()), store.description());
        SubnetRef subnet = placement.subnet() != null ? placement.subnet() : props.privateSubnets().get(0);
        String securityGroupId = placement.securityGroupId() != null ? placement.securityGroupId() : firewall.id();
        return add(name, id -> new GlueConnection(this, id, GlueConnectionConfig.builder()
                .name(resourceName(name))
                .description(store.description() + "; credentials from Secrets Manager")
                .connectionType("JDBC")
                .connectionProperties(jdbcProperties(store.endpoint().jdbcUrl(), store.endpoint().secretArn()))
                .physicalConnectionRequirements(requirements(subnet, securityGroupId))
                .tags(tags(name))
                .build()));
    }

    /** The name of the Glue JDBC connection to {@code store}; null when there is none. */
    private String connectionName(StoreKind store) {
        return store == StoreKind.MYSQL ? jdbcConnectionName : storeConnectionNames.get(store);
    }

    private GlueJob job(GlueJobSpec spec) {
        GlueConfig settings = props.settings();
        String scriptLocation = glueJobs.uploadScript(props.dependencies().catalog().root(), spec);
        Map<String, String> arguments = glueJobs.defaultArguments(spec, true, "job-bookmark-enable");
        arguments.putAll(spec.arguments());

        List<String> connections = new ArrayList<>(networkConnectionNames());
        // Deliberate order (seed 003): Glue puts every ENI in the subnet of the first connection that passes its
        // checks. The Glue VPC's NETWORK connections come first (NAT, S3 endpoint, MySQL, peering routes), then the
        // database's JDBC connection, and connections into other VPCs last: they only carry their JDBC properties
        // and are never where the ENIs go while a Glue VPC zone is healthy.
        List<StoreKind> ordered = new ArrayList<>(spec.connectionArguments().values().stream().filter(c -> c == StoreKind.MYSQL).toList());
        spec.connectionArguments().values().stream().filter(c -> c != StoreKind.MYSQL).forEach(ordered::add);
        for (StoreKind name : ordered.stream().distinct().toList()) {
            // The script reads through this connection by name (useConnectionProperties), so it must be attached too.
            connections.add(connectionName(name));
        }
        spec.connectionArguments().forEach((argument, name) -> arguments.put(argument, connectionName(name)));
        GlueJobs.Sizing sizing = new GlueJobs.Sizing(settings.workerType(),
                spec.numberOfWorkers() != null ? spec.numberOfWorkers() : settings.numberOfWorkers(),
                spec.timeoutMinutes() != null ? spec.timeoutMinutes() : settings.timeoutMinutes());
        return glueJobs.job(spec, sizing, securityConfigurationName.get(), connections, scriptLocation, arguments, library);
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
        return Collections.unmodifiableMap(jobNames);
    }

    public String jobName(String role) {
        String name = jobNames.get(role);
        if (name == null) {
            throw new IllegalArgumentException("glue: no job '" + role + "'; jobs: " + jobs.keySet());
        }
        return name;
    }

    public List<String> networkConnectionNames() {
        return List.copyOf(networkConnectionNames);
    }

    /** Subnets of the NETWORK connections, in the order jobs list them. */
    public List<SubnetRef> connectionSubnets() {
        return Collections.unmodifiableList(connectionSubnets);
    }

    /** JDBC connection names of the external stores, by store name. */
    public Map<String, String> storeConnectionNames() {
        Map<String, String> names = new LinkedHashMap<>();
        storeConnectionNames.forEach((store, name) -> names.put(store.connectionName(), name));
        return Collections.unmodifiableMap(names);
    }

    public String jdbcConnectionName() {
        return jdbcConnectionName;
    }

    public String catalogDatabaseName() {
        return catalogDatabaseName.get();
    }

    /** The job role (jobs and crawlers); the data workflow's grants go to it too. */
    public Role role() {
        return role;
    }

    /** Pipeline jobs of glue-scripts/ this environment does not deploy, with the sentence that says why. */
    public Map<String, String> notDeployedJobs() {
        return selection.notDeployed();
    }

    /** Glue version, retries and execution class the workflow's jobs share. */
    GlueConfig settings() {
        return props.settings();
    }

    /** Retention of the Glue log groups. */
    int logRetentionDays() {
        return props.logRetentionDays();
    }

    /** The jobs of glue-scripts/. */
    JobCatalog catalog() {
        return props.dependencies().catalog();
    }

    /** The buckets the jobs use. */
    public DataLake lake() {
        return props.dependencies().lake();
    }

    /** Where uploads and the job role's key grants point. */
    public PlatformKey key() {
        return props.dependencies().key();
    }

    public String securityConfigurationName() {
        return securityConfigurationName.get();
    }
}
