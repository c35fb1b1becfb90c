package io.glueplatform.rds;

import io.glueplatform.cdk.CheckSuppressions;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroup;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroupConfig;
import com.hashicorp.cdktf.providers.aws.db_instance.DbInstance;
import com.hashicorp.cdktf.providers.aws.db_instance.DbInstanceConfig;
import com.hashicorp.cdktf.providers.aws.db_parameter_group.DbParameterGroup;
import com.hashicorp.cdktf.providers.aws.db_parameter_group.DbParameterGroupConfig;
import com.hashicorp.cdktf.providers.aws.db_parameter_group.DbParameterGroupParameter;
import com.hashicorp.cdktf.providers.aws.db_subnet_group.DbSubnetGroup;
import com.hashicorp.cdktf.providers.aws.db_subnet_group.DbSubnetGroupConfig;
import com.hashicorp.cdktf.ITerraformDependable;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.Outputs;
import io.glueplatform.cdk.PlatformModule;
import io.glueplatform.cdk.ReadOnce;
import io.glueplatform.cdk.Tokens;
import io.glueplatform.config.DatabaseConfig;
import io.glueplatform.iam.SecretGrants;
import io.glueplatform.iam.Role;
import io.glueplatform.firewall.Firewall;
import io.glueplatform.firewall.PortRange;
import io.glueplatform.vpc.SubnetRef;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;

/**
 * The rds module: MySQL 8 in the private subnets. RDS generates the master password and keeps it in
 * Secrets Manager (manage_master_user_password), so no password exists in config, JSON or state.
 * TLS is required by the parameter group; clients are admitted by security group with {@link #allowFrom}.
 */
public final class Database extends PlatformModule {

    private final DbInstance instance;
    private final Firewall firewall;
    private final DatabaseProps props;
    private final String identifier;
    private final ReadOnce address;
    private final ReadOnce port;
    private final ReadOnce secretArn;

    public Database(Construct scope, Naming naming, DatabaseProps props) {
        super(scope, "rds", naming);
        this.props = props;
        DatabaseConfig settings = props.settings();
        this.identifier = naming.environment() + "-mysql";
        this.firewall = new Firewall(this, naming, "rds", props.network().vpcId(), "MySQL: clients admitted by security group only");

        DbSubnetGroup subnetGroup = add("this", id -> new DbSubnetGroup(this, id + "_subnets", DbSubnetGroupConfig.builder()
                .name(resourceName("private"))
                .description("Private subnets of the " + naming.environment() + " database")
                .subnetIds(props.network().privateSubnets().stream().map(SubnetRef::id).toList())
                .tags(tags("private"))
                .build()));
        DbParameterGroup parameters = add("this", id -> new DbParameterGroup(this, id + "_parameters", DbParameterGroupConfig.builder()
                .name(resourceName("mysql-tls"))
                .family(props.parameterGroupFamily())
                .description("MySQL with TLS required and slow query log")
                .parameter(List.of(
                        // Refuse unencrypted client connections: Glue's JDBC connection and the tools host use TLS.
                        parameter("require_secure_transport", "1"),
                        parameter("slow_query_log", "1"),
                        parameter("long_query_time", "2"),
                        parameter("log_output", "FILE")))
                .tags(tags("mysql_tls"))
                .lifecycle(com.hashicorp.cdktf.TerraformResourceLifecycle.builder().createBeforeDestroy(true).build())
                .build()));
        // Created before the instance so RDS writes into groups with retention and KMS, not its own defaults.
        List<ITerraformDependable> logGroups = new ArrayList<>();
        for (String log : DatabaseProps.LOG_EXPORTS) {
            logGroups.add(add("log_" + log, id -> new CloudwatchLogGroup(this, id, CloudwatchLogGroupConfig.builder()
                    .name("/aws/rds/instance/" + identifier + "/" + log)
                    .retentionInDays(props.logRetentionDays())
                    .kmsKeyId(props.key().arn())
                    .tags(tags("log_" + log))
                    .build())));
        }
        this.instance = add("this", id -> new DbInstance(this, id, DbInstanceConfig.builder()
                .identifier(identifier)
                .engine("mysql")
                .engineVersion(settings.engineVersion())
                .instanceClass(settings.instanceClass())
                .allocatedStorage(settings.allocatedStorageGb())
                .maxAllocatedStorage(settings.maxAllocatedStorageGb())
                .storageType("gp3")
                .storageEncrypted(true)
                .kmsKeyId(props.key().arn())
                .dbName(settings.databaseName())
                .username(settings.masterUsername())
                .manageMasterUserPassword(true)
                .masterUserSecretKmsKeyId(props.key().arn())
                .iamDatabaseAuthenticationEnabled(true)
                .dbSubnetGroupName(subnetGroup.getName())
                .vpcSecurityGroupIds(List.of(firewall.id()))
                .parameterGroupName(parameters.getName())
                .port(DatabaseProps.PORT)
                .publiclyAccessible(false)
                .multiAz(settings.multiAz())
                .backupRetentionPeriod(settings.backupRetentionDays())
                .backupWindow("03:00-04:00")
                .maintenanceWindow("sun:04:30-sun:05:30")
                .copyTagsToSnapshot(true)
                .deleteAutomatedBackups(!settings.deletionProtection())
                .deletionProtection(settings.deletionProtection())
                .skipFinalSnapshot(!settings.finalSnapshot())
                .finalSnapshotIdentifier(settings.finalSnapshot() ? identifier + "-final" : null)
                .enabledCloudwatchLogsExports(DatabaseProps.LOG_EXPORTS)
                .autoMinorVersionUpgrade(true)
                .allowMajorVersionUpgrade(false)
                .applyImmediately(false)
                .caCertIdentifier("rds-ca-rsa2048-g1")
                .dependsOn(logGroups)
                .tags(tags("this"))
                .build()));
        if (!settings.deletionProtection()) {
            CheckSuppressions.suppress(instance, "GLUE-RDS-004", "database.deletionProtection is false in environment '"
                    + naming.environment() + "': a disposable environment whose database is destroyed with it");
        }
        // Read once (ReadOnce): the outputs, grants, tools host and JDBC URL all need these, and the secret's ARN alone
        // costs three jsii round trips (the block, its element, the ARN).
        this.address = new ReadOnce(instance::getAddress);
        this.port = new ReadOnce(() -> Tokens.asString(instance.getPort()));
        this.secretArn = new ReadOnce(() -> instance.getMasterUserSecret().get(0).getSecretArn());
        Outputs.add(this, "database_endpoint", address(), "MySQL endpoint (TLS required)");
        Outputs.add(this, "database_secret_arn", secretArn(), "Secrets Manager secret RDS manages for the master user");
    }

    private static DbParameterGroupParameter parameter(String name, String value) {
        return DbParameterGroupParameter.builder().name(name).value(value).applyMethod("pending-reboot").build();
    }

    /** Admits MySQL clients of another security group (ingress here, egress there). */
    public void allowFrom(Firewall clients, String description) {
        firewall.allowFrom(clients, "mysql", PortRange.tcp(DatabaseProps.PORT), description);
    }

    /** Lets a role read the RDS-managed master secret (and decrypt it with the platform key, via Secrets Manager only). */
    public void grantSecretRead(Role role, String region) {
        role.grant("db_secret_read", SecretGrants.read("DatabaseMasterSecret", List.of(secretArn()), props.key().arn(), region));
    }

    public Firewall firewall() {
        return firewall;
    }

    public String address() {
        return address.get();
    }

    public String port() {
        return port.get();
    }

    public String identifier() {
        return identifier;
    }

    public String databaseName() {
        return props.settings().databaseName();
    }

    public String arn() {
        return instance.getArn();
    }

    /** The Secrets Manager secret RDS created for the master user ({"username", "password"}). */
    public String secretArn() {
        return secretArn.get();
    }

    /** JDBC URL without credentials; Glue takes them from the secret. */
    public String jdbcUrl() {
        return "jdbc:mysql://" + address() + ":" + port() + "/" + databaseName();
    }
}
