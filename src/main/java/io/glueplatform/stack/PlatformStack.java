package io.glueplatform.stack;

import com.hashicorp.cdktf.LocalBackend;
import com.hashicorp.cdktf.LocalBackendConfig;
import com.hashicorp.cdktf.TerraformOutput;
import com.hashicorp.cdktf.TerraformOutputConfig;
import com.hashicorp.cdktf.TerraformStack;
import io.glueplatform.cdk.Naming;
import io.glueplatform.config.EnvironmentConfig;
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
import io.glueplatform.migration.MigrationBlocks;
import io.glueplatform.rds.Database;
import io.glueplatform.rds.DatabaseProps;
import io.glueplatform.storage.DataLake;
import io.glueplatform.storage.DataLakeProps;
import io.glueplatform.vpc.Network;
import io.glueplatform.vpc.NetworkProps;
import software.constructs.Construct;

import java.nio.file.Path;

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
        this.glue = new GluePipeline(this, naming, new GluePipelineProps(env.glue(), env.catalogDatabaseName(), network.vpcId(),
                network.privateSubnets(), key.arn(), roles.glueJob(), lake.scripts(), scriptsDir,
                new GluePipelineProps.JdbcTarget("mysql", database.jdbcUrl(), database.secretArn(), database.firewall()),
                Pipelines.customerPipeline(lake, "customers"), env.logRetentionDays()));

        output("vpc_id", network.vpcId(), "VPC of the platform");
        output("database_endpoint", database.address(), "MySQL endpoint (TLS required)");
        output("database_secret_arn", database.secretArn(), "Secrets Manager secret RDS manages for the master user");
        output("lake_bucket", lake.lake().name(), "Data lake bucket (raw/ processed/ curated/ logs/)");
        output("scripts_bucket", lake.scripts().name(), "Glue scripts and scratch bucket");
        output("glue_job_names", glue.jobNames().values(), "Glue jobs");
        output("glue_network_connections", glue.networkConnectionNames(), "NETWORK connections, in the order jobs list them");
        if (glue.jdbcConnectionName() != null) {
            output("glue_jdbc_connection", glue.jdbcConnectionName(), "JDBC connection to MySQL");
        }
        // Adopting existing infrastructure: moved blocks from the legacy HCL layout, import blocks (docs/migration.md).
        MigrationBlocks.apply(this, env, glue.jobNames().keySet());
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
