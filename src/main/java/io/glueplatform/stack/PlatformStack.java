package io.glueplatform.stack;

import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.StandaloneStack;
import io.glueplatform.config.CrossRegionStoreConfig;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.config.PeeredVpcConfig;
import io.glueplatform.config.ServicesConfig;
import io.glueplatform.connectivity.CrossRegionStore;
import io.glueplatform.connectivity.CrossRegionStoreProps;
import io.glueplatform.connectivity.PeeredStore;
import io.glueplatform.connectivity.PeeredStoreProps;
import io.glueplatform.connectivity.StoreLocation;
import io.glueplatform.containers.ContainerDependencies;
import io.glueplatform.containers.ContainerPlatform;
import io.glueplatform.containers.ContainerPlatformProps;
import io.glueplatform.containers.ContainerSettings;
import io.glueplatform.firewall.RoleSecurityGroups;
import io.glueplatform.firewall.RoleSecurityGroupsProps;
import io.glueplatform.glue.DataWorkflow;
import io.glueplatform.glue.DataWorkflowProps;
import io.glueplatform.glue.GlueDependencies;
import io.glueplatform.glue.GluePipeline;
import io.glueplatform.glue.GluePipelineProps;
import io.glueplatform.glue.GlueStore;
import io.glueplatform.glue.JdbcStores;
import io.glueplatform.glue.JobCatalog;
import io.glueplatform.hosts.HostSize;
import io.glueplatform.hosts.KubernetesHost;
import io.glueplatform.hosts.MonitoringHost;
import io.glueplatform.hosts.ServiceHostDependencies;
import io.glueplatform.hosts.ToolsHost;
import io.glueplatform.hosts.ToolsHostDependencies;
import io.glueplatform.iam.AwsScope;
import io.glueplatform.kms.PlatformKey;
import io.glueplatform.kms.PlatformKeyProps;
import io.glueplatform.migration.MigrationBlocks;
import io.glueplatform.rds.Database;
import io.glueplatform.rds.DatabaseProps;
import io.glueplatform.secrets.AdminSecret;
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

/**
 * One environment of the platform: decides which components exist for it and hands each one the results of those it
 * depends on. Every resource, role, grant and output lives in its component.
 */
public final class PlatformStack extends StandaloneStack {

    private final Network network;
    private final GluePipeline glue;

    public PlatformStack(Construct scope, EnvironmentConfig env, DeploymentTarget target, Path scriptsDir) {
        this(scope, env, target, JobCatalog.load(scriptsDir));
    }

    /** With the job folders already read: a synth of several environments reads and bundles them once. */
    public PlatformStack(Construct scope, EnvironmentConfig env, DeploymentTarget target, JobCatalog jobs) {
        super(scope, env.name());
        addOverride("terraform.required_providers.aws.version", Providers.AWS_PROVIDER_CONSTRAINT);
        Providers.aws(this, "aws", env, env.region(), target, null);
        Backends.configure(this, env.name(), env.backend(), target);

        Naming naming = new Naming(env.name());
        ServicesConfig services = env.services();
        AwsScope aws = AwsScope.of(env);
        int retention = env.logRetentionDays();
        PlatformKey key = new PlatformKey(this, naming, PlatformKeyProps.of(aws));
        this.network = new Network(this, naming, new NetworkProps(env.region(), env.availabilityZones(), env.network(), retention, key));
        DataLake lake = new DataLake(this, naming, new DataLakeProps(env::bucketName, env.storage(), env.accountId(), key));
        Database database = new Database(this, naming, new DatabaseProps(env.database(), network, key, retention));
        // Seed 004's role security groups and secrets exist only with a component that uses them, so switching the
        // wider platform off leaves exactly the Foundation (what the legacy HCL describes).
        RoleSecurityGroups firewalls = services.usesRoleTiers() ? new RoleSecurityGroups(this, naming, RoleSecurityGroupsProps.builder()
                .vpcId(network.vpcId()).vpcCidr(network.vpcCidr()).adminCidrs(env.adminCidrs())
                .webIngressCidrs(services.webIngressCidrs()).sshBastion(services.sshBastion()).build()) : null;
        PlatformSecrets secrets = services.usesRoleTiers() ? new PlatformSecrets(this, naming, new PlatformSecretsProps(key, env.region(),
                database, AdminSecret.withHostsOf(services), env.storage().forceDestroy() ? 0 : 30)) : null;

        if (env.toolsHost().enabled()) {
            new ToolsHost(this, naming, env.toolsHost(), new ToolsHostDependencies(network, key, database));
        }

        this.glue = new GluePipeline(this, naming, new GluePipelineProps(
                new GlueDependencies(aws, network, key, lake, jobs),
                new JdbcStores(database, externalStores(env, target, naming, key)), env.glue(), env.catalogDatabaseName(), retention));
        if (services.dataPipeline()) {
            new DataWorkflow(this, naming, new DataWorkflowProps(glue, services.workflowWorkers()));
        }
        if (services.containers()) {
            new ContainerPlatform(this, naming, new ContainerPlatformProps(
                    new ContainerDependencies(aws, key, network, firewalls.app(), lake), secrets,
                    new ContainerSettings(services.ecrKeepImages(), services.containerImageTag(), env.storage().forceDestroy(), retention)));
        }
        if (services.kubernetesHost()) {
            new KubernetesHost(this, naming, new HostSize(services.kubernetesInstanceType(), services.hostRootVolumeGb()),
                    new ServiceHostDependencies(network, key, firewalls, secrets));
        }
        if (services.monitoringHost()) {
            new MonitoringHost(this, naming, new HostSize(services.monitoringInstanceType(), services.hostRootVolumeGb()),
                    new ServiceHostDependencies(network, key, firewalls, secrets));
        }
        // Adopting resources created outside Terraform: migration.imports (docs/migration.md). The blocks of make adopt's
        // migration file are added by Main (MigrationBlocks.apply with the file).
        MigrationBlocks.apply(this, env);
    }

    /** Stores outside the Glue VPC (seeds 002, 003), as Glue sees them; each brings its own region's provider when it needs one. */
    private List<GlueStore> externalStores(EnvironmentConfig env, DeploymentTarget target, Naming naming, PlatformKey key) {
        List<GlueStore> stores = new ArrayList<>();
        CrossRegionStoreConfig xr = env.connectivity().crossRegionStore();
        if (xr != null) {
            String storeAccount = xr.accountId() != null ? xr.accountId() : env.accountId();
            AwsProvider storeProvider = Providers.aws(this, "aws_store", env, xr.region(), target, "store", storeAccount, xr.assumeRoleArn());
            StoreLocation location = new StoreLocation(new AwsScope(env.partition(), xr.region(), storeAccount), storeProvider);
            stores.add(new CrossRegionStore(this, naming, new CrossRegionStoreProps(xr, location, network, key, env.logRetentionDays()))
                    .asGlueStore());
        }
        PeeredVpcConfig peered = env.connectivity().peeredVpc();
        if (peered != null) {
            String peerRegion = peered.regionOr(env.region());
            AwsProvider peerProvider = peerRegion.equals(env.region()) ? null
                    : Providers.aws(this, "aws_peer", env, peerRegion, target, "peer", env.accountId(), null);
            StoreLocation location = new StoreLocation(new AwsScope(env.partition(), peerRegion, env.accountId()), peerProvider);
            stores.add(new PeeredStore(this, naming, new PeeredStoreProps(peered, location, network, key, env.logRetentionDays()))
                    .asGlueStore());
        }
        return stores;
    }

    public Network network() {
        return network;
    }

    public GluePipeline glue() {
        return glue;
    }
}
