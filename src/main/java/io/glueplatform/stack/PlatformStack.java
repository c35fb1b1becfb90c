package io.glueplatform.stack;

import com.hashicorp.cdktf.LocalBackend;
import com.hashicorp.cdktf.LocalBackendConfig;
import com.hashicorp.cdktf.TerraformOutput;
import com.hashicorp.cdktf.TerraformOutputConfig;
import com.hashicorp.cdktf.TerraformStack;
import io.glueplatform.cdk.Naming;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import io.glueplatform.config.CrossRegionStoreConfig;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.config.PeeredVpcConfig;
import io.glueplatform.connectivity.CrossRegionStore;
import io.glueplatform.connectivity.PeeredStore;
import io.glueplatform.glue.GlueJobSpec;
import io.glueplatform.config.HostPlacement;
import io.glueplatform.ec2.ToolsHost;
import io.glueplatform.ec2.ToolsHostProps;
import io.glueplatform.glue.GluePipeline;
import io.glueplatform.glue.GluePipelineProps;
import io.glueplatform.glue.Pipelines;
import io.glueplatform.iam.IamProps;
import io.glueplatform.iam.PlatformRoles;
import io.glueplatform.kms.PlatformKey;
import io.glueplatform.kms.PlatformKeyProps;
import io.glueplatform.rds.Database;
import io.glueplatform.rds.DatabaseProps;
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
        new LocalBackend(this, LocalBackendConfig.builder()
                // Relative to cdktf.out/stacks/<stack>/: lands in the repository's terraform-state/.
                .path("../../../terraform-state/" + target.stateFile(env.name()))
                .build());

        Naming naming = new Naming(env.name());
        PlatformKey key = new PlatformKey(this, naming, PlatformKeyProps.of(env.accountId(), env.region(), env.partition()));
        this.network = new Network(this, naming, NetworkProps.from(env, key.arn()));
        DataLake lake = new DataLake(this, naming, new DataLakeProps(env, key.arn()));
        PlatformRoles roles = new PlatformRoles(this, naming, new IamProps(env.partition(), env.region(), env.accountId(), key.arn()));
        Database database = new Database(this, naming, new DatabaseProps(env.database(), network.vpcId(),
                network.privateSubnets(), key.arn(), env.logRetentionDays()));

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
                    network.natPublicIps(), key.arn());
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
                    network.privateSubnets(), key.arn());
            peer.grantSecretRead(roles.glueJob(), key.arn(), env.region());
            stores.add(peer.asGlueStore());
            output("peer_postgres_jdbc_url", peer.jdbcUrl(), "PostgreSQL in the peered VPC");
            output("peer_vpc_peering_id", peer.peeringConnectionId(), "VPC peering between the Glue VPC and the peered VPC");
        }
        List<GlueJobSpec> jobs = new ArrayList<>(Pipelines.customerPipeline(lake, "customers"));
        jobs.addAll(Pipelines.connectivityJobs(lake));
        this.glue = new GluePipeline(this, naming, new GluePipelineProps(env.glue(), env.catalogDatabaseName(), network.vpcId(),
                network.privateSubnets(), key.arn(), roles.glueJob(), lake.scripts(), scriptsDir,
                new GluePipelineProps.JdbcTarget("mysql", database.jdbcUrl(), database.secretArn(), database.firewall()),
                jobs, env.logRetentionDays(), stores));

        output("vpc_id", network.vpcId(), "VPC of the platform");
        output("database_endpoint", database.address(), "MySQL endpoint (TLS required)");
        output("database_secret_arn", database.secretArn(), "Secrets Manager secret RDS manages for the master user");
        output("lake_bucket", lake.lake().name(), "Data lake bucket (raw/ processed/ curated/ logs/)");
        output("scripts_bucket", lake.scripts().name(), "Glue scripts and scratch bucket");
        output("glue_job_names", glue.jobNames().values(), "Glue jobs");
        output("glue_network_connections", glue.networkConnectionNames(), "NETWORK connections, in the order jobs list them");
        glue.storeConnectionNames().forEach((store, name) ->
                output("glue_" + store + "_connection", name, "JDBC connection to the " + store + " store"));
        if (glue.jdbcConnectionName() != null) {
            output("glue_jdbc_connection", glue.jdbcConnectionName(), "JDBC connection to MySQL");
        }
        if (target == DeploymentTarget.EMULATOR) {
            EmulatorSettings.applyWorkarounds(this);
        }
    }

    private void output(String name, Object value, String description) {
        new TerraformOutput(this, name, TerraformOutputConfig.builder().value(value).description(description).build());
    }

    public Network network() {
        return network;
    }

    public GluePipeline glue() {
        return glue;
    }
}
