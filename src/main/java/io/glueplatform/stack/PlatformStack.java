package io.glueplatform.stack;

import com.hashicorp.cdktf.TerraformStack;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.Outputs;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import io.glueplatform.config.CrossRegionStoreConfig;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.config.PeeredVpcConfig;
import io.glueplatform.connectivity.CrossRegionStore;
import io.glueplatform.connectivity.PeeredStore;
import io.glueplatform.glue.GlueJobSpec;
import io.glueplatform.config.ServicesConfig;
import io.glueplatform.containers.ContainerPlatform;
import io.glueplatform.containers.ContainerPlatformProps;
import io.glueplatform.containers.ContainerPlatformProps.InjectedSecret;
import io.glueplatform.firewall.RoleSecurityGroups;
import io.glueplatform.firewall.RoleSecurityGroupsProps;
import io.glueplatform.glue.DataWorkflow;
import io.glueplatform.glue.DataWorkflowProps;
import io.glueplatform.glue.GluePipeline;
import io.glueplatform.glue.GluePipelineProps;
import io.glueplatform.glue.JobCatalog;
import io.glueplatform.hosts.HostSize;
import io.glueplatform.hosts.KubernetesHost;
import io.glueplatform.hosts.MonitoringHost;
import io.glueplatform.hosts.ServiceHostDependencies;
import io.glueplatform.hosts.ToolsHost;
import io.glueplatform.hosts.ToolsHostDependencies;
import io.glueplatform.iam.IamProps;
import io.glueplatform.iam.PlatformRoles;
import io.glueplatform.iam.ServiceRole;
import io.glueplatform.kms.PlatformKey;
import io.glueplatform.kms.PlatformKeyProps;
import io.glueplatform.migration.MigrationBlocks;
import io.glueplatform.rds.Database;
import io.glueplatform.rds.DatabaseProps;
import io.glueplatform.secrets.PlatformSecrets;
import io.glueplatform.secrets.PlatformSecretsProps;
import io.glueplatform.storage.DataLake;
import io.glueplatform.storage.DataLakeProps;
import io.glueplatform.vpc.Network;
import io.glueplatform.vpc.NetworkProps;
import software.constructs.Construct;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One environment of the platform. Wiring only: every resource lives in a module. */
public final class PlatformStack extends TerraformStack {

    private final Network network;
    private final GluePipeline glue;

    public PlatformStack(Construct scope, EnvironmentConfig env, DeploymentTarget target, Path scriptsDir) {
        super(scope, env.name());
        addOverride("terraform.required_providers.aws.version", Providers.AWS_PROVIDER_CONSTRAINT);
        Providers.aws(this, "aws", env, env.region(), target, null);
        Backends.configure(this, env.name(), env.backend(), target);

        Naming naming = new Naming(env.name());
        ServicesConfig services = env.services();
        PlatformKey key = new PlatformKey(this, naming, PlatformKeyProps.of(env.accountId(), env.region(), env.partition()));
        this.network = new Network(this, naming, NetworkProps.from(env, key.arn()));
        DataLake lake = new DataLake(this, naming, new DataLakeProps(env, key.arn()));
        PlatformRoles roles = new PlatformRoles(this, naming, new IamProps(env.partition(), env.region(), env.accountId(), key.arn()));
        Database database = new Database(this, naming, new DatabaseProps(env.database(), network.vpcId(),
                network.privateSubnets(), key.arn(), env.logRetentionDays()));
        // Seed 004's role security groups and secrets exist only with a component that uses them, so switching the
        // wider platform off leaves exactly the Foundation (what the legacy HCL describes).
        RoleSecurityGroups firewalls = services.usesRoleTiers() ? new RoleSecurityGroups(this, naming, RoleSecurityGroupsProps.builder()
                .vpcId(network.vpcId()).vpcCidr(network.vpcCidr()).adminCidrs(env.adminCidrs())
                .webIngressCidrs(services.webIngressCidrs()).sshBastion(services.sshBastion()).build()) : null;
        PlatformSecrets secrets = services.usesRoleTiers() ? new PlatformSecrets(this, naming, new PlatformSecretsProps(key.arn(),
                env.region(), database.secretArn(), services.monitoringHost(), services.kubernetesHost(),
                env.storage().forceDestroy() ? 0 : 30)) : null;

        if (env.toolsHost().enabled()) {
            new ToolsHost(this, naming, env.toolsHost(), new ToolsHostDependencies(network, key, database));
        }

        lake.scripts().grantRead(roles.glueJob(), "scripts_read", DataLake.SCRIPTS);
        lake.scripts().grantReadWrite(roles.glueJob(), "scratch_write", DataLake.TEMP, DataLake.SPARK_LOGS);
        lake.lake().grantRead(roles.glueJob(), "lake_read", DataLake.RAW, DataLake.PROCESSED);
        lake.lake().grantReadWrite(roles.glueJob(), "lake_write", DataLake.PROCESSED, DataLake.CURATED);
        database.grantSecretRead(roles.glueJob(), env.region());

        // Stores outside the Glue VPC (seeds 002, 003): each brings its own region's provider when it needs one.
        List<GluePipelineProps.ExternalStore> stores = new ArrayList<>();
        CrossRegionStoreConfig xr = env.connectivity().crossRegionStore();
        if (xr != null) {
            String storeAccount = xr.accountId() != null ? xr.accountId() : env.accountId();
            AwsProvider storeProvider = Providers.aws(this, "aws_store", env, xr.region(), target, "store", storeAccount, xr.assumeRoleArn());
            CrossRegionStore store = new CrossRegionStore(this, naming, xr, storeAccount, env.partition(), storeProvider,
                    network.natPublicIps(), key.arn(), env.logRetentionDays());
            store.grantSecretRead(roles.glueJob(), key.arn(), env.region());
            stores.add(store.asGlueStore());
            output("xr_redshift_jdbc_url", store.jdbcUrl(), "Cross-region Redshift (reached through the NAT gateway EIPs)");
            output("xr_glue_secret_arn", store.glueSecretArn(), "Secret to fill with the Glue user's Redshift credentials");
        }
        PeeredVpcConfig peered = env.connectivity().peeredVpc();
        if (peered != null) {
            String peerRegion = peered.regionOr(env.region());
            AwsProvider peerProvider = peerRegion.equals(env.region()) ? null
                    : Providers.aws(this, "aws_peer", env, peerRegion, target, "peer", env.accountId(), null);
            PeeredStore peer = new PeeredStore(this, naming, peered, peerRegion, peerProvider, network.vpcId(), network.vpcCidr(),
                    network.privateSubnets(), key.arn(), env.logRetentionDays());
            peer.grantSecretRead(roles.glueJob(), key.arn(), env.region());
            stores.add(peer.asGlueStore());
            output("peer_postgres_jdbc_url", peer.jdbcUrl(), "PostgreSQL in the peered VPC");
            output("peer_vpc_peering_id", peer.peeringConnectionId(), "VPC peering between the Glue VPC and the peered VPC");
        }
        // Jobs are the folders of glue-scripts/ (job.json each); their arguments point into these buckets.
        JobCatalog catalog = JobCatalog.load(scriptsDir);
        JobCatalog.Locations locations = new JobCatalog.Locations(bucketUri(lake.lake()), bucketUri(lake.outputs()), bucketUri(lake.scripts()));
        List<GlueJobSpec> jobs = catalog.pipelineJobs(locations);
        this.glue = new GluePipeline(this, naming, new GluePipelineProps(env.glue(), env.catalogDatabaseName(), network.vpcId(),
                network.privateSubnets(), key.arn(), roles.glueJob(), lake.scripts(), scriptsDir, catalog.libraryBundle(),
                new GluePipelineProps.JdbcTarget("mysql", database.jdbcUrl(), database.secretArn(), database.firewall()),
                jobs, env.logRetentionDays(), stores));

        if (services.dataPipeline()) {
            DataWorkflow workflow = new DataWorkflow(this, naming, new DataWorkflowProps(env.glue(), services.workflowWorkers(), glue,
                    roles.glueJob(), lake, scriptsDir, catalog.workflowJobs(DataWorkflow.WORKFLOW, locations), key.arn(), env.logRetentionDays()));
            output("glue_workflow_name", workflow.workflowName(), "Start with: aws glue start-workflow-run --name <this>");
            output("glue_workflow_job_names", workflow.jobNames(), "Data processing and data quality jobs of the workflow");
            output("glue_crawler_names", workflow.crawlerNames(), "On-demand crawlers of raw/ and processed/");
        }
        if (services.containers()) {
            containers(env, naming, key, lake, roles, firewalls, secrets);
        }
        if (services.kubernetesHost()) {
            new KubernetesHost(this, naming, new HostSize(services.kubernetesInstanceType(), services.hostRootVolumeGb()),
                    new ServiceHostDependencies(network, key, firewalls, secrets));
        }
        if (services.monitoringHost()) {
            new MonitoringHost(this, naming, new HostSize(services.monitoringInstanceType(), services.hostRootVolumeGb()),
                    new ServiceHostDependencies(network, key, firewalls, secrets));
        }

        output("vpc_id", network.vpcId(), "VPC of the platform");
        output("database_endpoint", database.address(), "MySQL endpoint (TLS required)");
        output("database_secret_arn", database.secretArn(), "Secrets Manager secret RDS manages for the master user");
        output("lake_bucket", lake.lake().name(), "Data lake bucket (raw/ processed/ curated/ logs/)");
        output("scripts_bucket", lake.scripts().name(), "Glue scripts and scratch bucket");
        output("outputs_bucket", lake.outputs().name(), "Glue outputs bucket (data quality reports under outputs/)");
        output("catalog_database", glue.catalogDatabaseName(), "Glue Data Catalog database");
        output("glue_job_names", glue.jobNames().values(), "Glue jobs");
        output("glue_network_connections", glue.networkConnectionNames(), "NETWORK connections, in the order jobs list them");
        glue.storeConnectionNames().forEach((store, name) ->
                output("glue_" + store + "_connection", name, "JDBC connection to the " + store + " store"));
        if (glue.jdbcConnectionName() != null) {
            output("glue_jdbc_connection", glue.jdbcConnectionName(), "JDBC connection to MySQL");
        }
        if (secrets != null) {
            output("secret_arns", secrets.all().stream().map(s -> s.arn()).toList(), "Platform secrets (values never in Terraform)");
        }
        // Adopting resources created outside Terraform: migration.imports (docs/migration.md). The blocks of make adopt's
        // migration file are added by Main (MigrationBlocks.apply with the file).
        MigrationBlocks.apply(this, env);
    }

    /** ECR + ECS with its two roles; each grant comes from the module that owns the resource. */
    private void containers(EnvironmentConfig env, Naming naming, PlatformKey key, DataLake lake, PlatformRoles roles,
                            RoleSecurityGroups firewalls, PlatformSecrets secrets) {
        ServiceRole execution = roles.role("ecs_task_execution", "ecs-tasks.amazonaws.com",
                "ECS agent: pulls platform images, writes task logs, resolves injected secrets", null);
        ServiceRole task = roles.role("ecs_task", "ecs-tasks.amazonaws.com", "Code in the platform's ECS tasks", null);
        lake.lake().grantRead(task, "lake_read", DataLake.RAW, DataLake.PROCESSED, DataLake.CURATED);
        lake.lake().grantReadWrite(task, "lake_write", DataLake.PROCESSED, DataLake.CURATED);
        key.grantUseVia(task, "lake_key", "s3", env.region());
        List<InjectedSecret> injected = List.of(
                new InjectedSecret("MYSQL_USERNAME", secrets.mysql(), "username"),
                new InjectedSecret("MYSQL_PASSWORD", secrets.mysql(), "password"),
                new InjectedSecret("REDIS_PASSWORD", secrets.redis(), "password"),
                new InjectedSecret("JWT_SECRET", secrets.app(), "jwt_secret"),
                new InjectedSecret("API_KEY", secrets.app(), "api_key"),
                new InjectedSecret("ENCRYPTION_KEY", secrets.app(), "encryption_key"));
        ContainerPlatform platform = new ContainerPlatform(this, naming, new ContainerPlatformProps(env.region(), env.partition(),
                env.accountId(), key.arn(), network.privateSubnets(), firewalls.app(), execution, task, lake.lake().name(), injected,
                env.services().ecrKeepImages(), env.services().containerImageTag(), env.storage().forceDestroy(), env.logRetentionDays()));
        output("ecr_repository_urls", platform.repositoryUrls(), "Push images here (tags are immutable)");
        output("ecs_cluster_name", platform.clusterName(), "ECS cluster (FARGATE_SPOT by default)");
        output("ecs_service_name", platform.serviceName(), "Data processing service (desired count 0; scale by hand)");
    }

    /** {@code s3://<bucket>}: what a job manifest's {@code ${lake}} etc. stand for. */
    private static String bucketUri(io.glueplatform.storage.SecureBucket bucket) {
        String uri = bucket.s3Uri("");
        return uri.substring(0, uri.length() - 1);
    }

    private void output(String name, Object value, String description) {
        Outputs.add(this, name, value, description);
    }

    public Network network() {
        return network;
    }

    public GluePipeline glue() {
        return glue;
    }
}
