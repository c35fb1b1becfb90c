package io.glueplatform.stack;

import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.Outputs;
import io.glueplatform.config.CrossRegionStoreConfig;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.config.HostPlacement;
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
import io.glueplatform.ec2.ToolsHost;
import io.glueplatform.ec2.ToolsHostProps;
import io.glueplatform.firewalls.RoleSecurityGroups;
import io.glueplatform.firewalls.RoleSecurityGroupsProps;
import io.glueplatform.glue.DataWorkflow;
import io.glueplatform.glue.DataWorkflowProps;
import io.glueplatform.glue.GlueDependencies;
import io.glueplatform.glue.GluePipeline;
import io.glueplatform.glue.GluePipelineProps;
import io.glueplatform.glue.GlueStore;
import io.glueplatform.glue.JdbcStores;
import io.glueplatform.glue.JobCatalog;
import io.glueplatform.hosts.HostScripts;
import io.glueplatform.hosts.PlatformHost;
import io.glueplatform.hosts.PlatformHostProps;
import io.glueplatform.iam.AwsScope;
import io.glueplatform.iam.IamProps;
import io.glueplatform.iam.PlatformRoles;
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
        AwsScope aws = AwsScope.of(env);
        int retention = env.logRetentionDays();
        PlatformKey key = new PlatformKey(this, naming, PlatformKeyProps.of(aws));
        this.network = new Network(this, naming, new NetworkProps(env.region(), env.availabilityZones(), env.network(), retention, key));
        DataLake lake = new DataLake(this, naming, new DataLakeProps(env::bucketName, env.storage(), env.accountId(), key));
        PlatformRoles roles = new PlatformRoles(this, naming, new IamProps(env.partition(), env.region(), env.accountId(), key.arn()));
        Database database = new Database(this, naming, new DatabaseProps(env.database(), network, key, retention));
        // Seed 004's role security groups and secrets exist only with a component that uses them, so switching the
        // wider platform off leaves exactly the Foundation (what the legacy HCL describes).
        RoleSecurityGroups firewalls = services.usesRoleTiers() ? new RoleSecurityGroups(this, naming, new RoleSecurityGroupsProps(
                network.vpcId(), network.vpcCidr(), env.adminCidrs(), services.webIngressCidrs(), services.sshBastion())) : null;
        PlatformSecrets secrets = services.usesRoleTiers() ? new PlatformSecrets(this, naming, new PlatformSecretsProps(key, env.region(),
                database, AdminSecret.withHostsOf(services), env.storage().forceDestroy() ? 0 : 30)) : null;

        if (env.toolsHost().enabled()) {
            boolean isPublic = env.toolsHost().placement() == HostPlacement.PUBLIC;
            ToolsHost host = new ToolsHost(this, naming, new ToolsHostProps(env.toolsHost(), env.region(), network.vpcId(),
                    (isPublic ? network.publicSubnets() : network.privateSubnets()).get(0),
                    roles.toolsHostInstanceProfileName(), key.arn(),
                    new ToolsHostProps.DatabaseEndpoint(database.address(), database.port(), database.databaseName(), database.secretArn())));
            database.allowFrom(host.firewall(), "MySQL from the Session Manager tools host");
            database.grantSecretRead(roles.toolsHost(), env.region());
            output("tools_host_instance_id", host.instanceId(), "Tools host (Session Manager only, no SSH)");
            output("tools_host_session_command", host.sessionCommand(), "Open a shell on the tools host; then run ~/connect_to_rds.sh");
        }

        this.glue = new GluePipeline(this, naming, new GluePipelineProps(
                new GlueDependencies(aws, network, key, lake, JobCatalog.load(scriptsDir)),
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
            PlatformRoles.ServiceRole role = roles.role("kubernetes_host", "ec2.amazonaws.com", "Minikube + ArgoCD host (Session Manager)",
                    "AmazonSSMManagedInstanceCore");
            secrets.grantPutValue(role, secrets.argocdAdmin());
            PlatformHost host = new PlatformHost(this, naming, new PlatformHostProps("kubernetes", "Minikube and ArgoCD host",
                    services.kubernetesInstanceType(), PlatformHost.AL2023_SSM_IMAGE, services.hostRootVolumeGb(), env.region(),
                    network.privateSubnets().get(0), firewalls.kubernetes(), role, key.arn(),
                    HostScripts.kubernetes(env.region(), secrets.argocdAdmin().arn())));
            output("kubernetes_host_instance_id", host.instanceId(), "Minikube + ArgoCD host");
            output("kubernetes_host_session_command", host.sessionCommand(), "Shell on the Kubernetes host (no SSH)");
            output("argocd_port_forward_command", host.portForwardCommand(HostScripts.ARGOCD_NODE_PORT),
                    "ArgoCD UI on http://localhost:30080; admin password in the argocd-admin secret");
        }
        if (services.monitoringHost()) {
            PlatformRoles.ServiceRole role = roles.role("monitoring_host", "ec2.amazonaws.com", "Monitoring host (Session Manager)",
                    "AmazonSSMManagedInstanceCore");
            secrets.grantPutValue(role, secrets.grafanaAdmin());
            role.grant("cloudwatch_read", HostScripts.cloudWatchExporterStatements());
            PlatformHost host = new PlatformHost(this, naming, new PlatformHostProps("monitoring", "Prometheus, Grafana, ELK and Jaeger host",
                    services.monitoringInstanceType(), PlatformHost.AL2023_SSM_IMAGE, services.hostRootVolumeGb(), env.region(),
                    network.privateSubnets().get(0), firewalls.monitoring(), role, key.arn(),
                    HostScripts.monitoring(env.region(), secrets.grafanaAdmin().arn())));
            output("monitoring_host_instance_id", host.instanceId(), "Monitoring host");
            output("monitoring_host_session_command", host.sessionCommand(), "Shell on the monitoring host (no SSH)");
            output("grafana_port_forward_command", host.portForwardCommand(HostScripts.GRAFANA_PORT),
                    "Grafana on http://localhost:3000; admin password in the grafana-admin secret");
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
