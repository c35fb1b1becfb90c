package io.glueplatform.connectivity;

import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroup;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroupConfig;
import io.glueplatform.cdk.CheckSuppressions;
import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.providers.aws.db_instance.DbInstance;
import com.hashicorp.cdktf.providers.aws.db_instance.DbInstanceConfig;
import com.hashicorp.cdktf.providers.aws.db_subnet_group.DbSubnetGroup;
import com.hashicorp.cdktf.providers.aws.db_subnet_group.DbSubnetGroupConfig;
import com.hashicorp.cdktf.providers.aws.route.Route;
import com.hashicorp.cdktf.providers.aws.route.RouteConfig;
import com.hashicorp.cdktf.providers.aws.secretsmanager_secret.SecretsmanagerSecret;
import com.hashicorp.cdktf.providers.aws.secretsmanager_secret.SecretsmanagerSecretConfig;
import com.hashicorp.cdktf.providers.aws.vpc_peering_connection.VpcPeeringConnection;
import com.hashicorp.cdktf.providers.aws.vpc_peering_connection.VpcPeeringConnectionConfig;
import com.hashicorp.cdktf.providers.aws.vpc_peering_connection_accepter.VpcPeeringConnectionAccepterA;
import com.hashicorp.cdktf.providers.aws.vpc_peering_connection_accepter.VpcPeeringConnectionAccepterAConfig;
import com.hashicorp.cdktf.providers.aws.vpc_peering_connection_options.VpcPeeringConnectionOptions;
import com.hashicorp.cdktf.providers.aws.vpc_peering_connection_options.VpcPeeringConnectionOptionsAccepter;
import com.hashicorp.cdktf.providers.aws.vpc_peering_connection_options.VpcPeeringConnectionOptionsConfig;
import com.hashicorp.cdktf.providers.aws.vpc_peering_connection_options.VpcPeeringConnectionOptionsRequester;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.PlatformModule;
import io.glueplatform.cdk.Tokens;
import io.glueplatform.config.PeeredVpcConfig;
import io.glueplatform.cdk.Outputs;
import io.glueplatform.glue.GlueStore;
import io.glueplatform.glue.StoreKind;
import io.glueplatform.iam.PolicyStatement;
import io.glueplatform.iam.SecretGrants;
import io.glueplatform.firewall.Firewall;
import io.glueplatform.vpc.Network;
import io.glueplatform.firewall.PortRange;
import io.glueplatform.vpc.SubnetRef;
import software.constructs.Construct;

import java.util.List;

/**
 * A second VPC with a PostgreSQL RDS instance, peered with the Glue VPC (seed 003). Glue creates its ENIs
 * in ONE subnet only: the subnet of the first connection of a job that passes Glue's checks. A resource in
 * another VPC is reachable from there only over a peering with routes in both VPCs' route tables, so this
 * module adds the peering, routes from every Glue private route table to this VPC and back, DNS resolution
 * over the peering on both sides, and a database security group that admits the Glue VPC's CIDR on 5432
 * (security group references do not cross regions; a CIDR works in both cases).
 *
 * <p>Same region: the JDBC connection is placed in this VPC (with its own self-referencing Glue security
 * group and an S3 gateway endpoint, so Glue's connection checks pass), and jobs list it after the Glue
 * VPC's connections so the ENIs stay in the Glue VPC (NAT, S3 endpoint, MySQL). Another region: Glue cannot
 * use a subnet of another region, so the connection sits in the Glue VPC's first private subnet.
 */
public final class PeeredStore extends PlatformModule {

    public static final int PORT = 5432;

    private final PeeredVpcConfig settings;
    private final StoreVpc vpc;
    private final Firewall databaseFirewall;
    private final Firewall glueFirewall;
    private final DbInstance instance;
    private final VpcPeeringConnection peering;
    private final String secretArn;
    private final boolean crossRegion;
    /** Read access to the Glue-side secret, decrypting with the platform key via the Glue region's Secrets Manager only. */
    private final List<PolicyStatement> secretRead;

    public PeeredStore(Construct scope, Naming naming, PeeredStoreProps props) {
        super(scope, "peer", naming);
        this.settings = props.settings();
        TerraformProvider peerProvider = props.location().provider();
        String region = props.location().region();
        Network glueNetwork = props.network();
        String kmsKeyArn = props.key().arn();
        this.crossRegion = peerProvider != null;
        this.vpc = new StoreVpc(this, naming, "peer_vpc", new StoreVpc.Props(region, settings.vpcCidr(),
                settings.availabilityZones(), settings.subnetCidrs(), false, true), peerProvider);
        // The platform key lives in the Glue region; a peer in another region gets its flow log group unencrypted
        // (GLUE-LOG-001 reports it) until a key of that region exists.
        vpc.flowLogs(crossRegion ? null : kmsKeyArn, props.logRetentionDays());

        this.peering = add("link", id -> new VpcPeeringConnection(this, id, VpcPeeringConnectionConfig.builder()
                .vpcId(glueNetwork.vpcId())
                .peerVpcId(vpc.vpcId())
                .peerRegion(crossRegion ? region : null)
                // Same account and region: the requester can accept. Another region: the accepter resource does.
                .autoAccept(crossRegion ? null : true)
                .tags(tags("link"))
                .build()));
        List<ITerraformDependable> active;
        if (crossRegion) {
            VpcPeeringConnectionAccepterA accepter = add("link_accepter", peerProvider, id -> new VpcPeeringConnectionAccepterA(this, id,
                    VpcPeeringConnectionAccepterAConfig.builder()
                            .vpcPeeringConnectionId(peering.getId())
                            .autoAccept(true)
                            .tags(tags("link_accepter"))
                            .build()));
            active = List.of(accepter);
            // Each side's options are set by its own region's provider, once the peering is active.
            add("link_requester_options", id -> new VpcPeeringConnectionOptions(this, id, VpcPeeringConnectionOptionsConfig.builder()
                    .vpcPeeringConnectionId(accepter.getId())
                    .requester(VpcPeeringConnectionOptionsRequester.builder().allowRemoteVpcDnsResolution(true).build())
                    .build()));
            add("link_accepter_options", peerProvider, id -> new VpcPeeringConnectionOptions(this, id, VpcPeeringConnectionOptionsConfig.builder()
                    .vpcPeeringConnectionId(accepter.getId())
                    .accepter(VpcPeeringConnectionOptionsAccepter.builder().allowRemoteVpcDnsResolution(true).build())
                    .build()));
        } else {
            active = List.of(peering);
            // Names resolve to private addresses across the peering (both directions).
            add("link_options", id -> new VpcPeeringConnectionOptions(this, id, VpcPeeringConnectionOptionsConfig.builder()
                    .vpcPeeringConnectionId(peering.getId())
                    .requester(VpcPeeringConnectionOptionsRequester.builder().allowRemoteVpcDnsResolution(true).build())
                    .accepter(VpcPeeringConnectionOptionsAccepter.builder().allowRemoteVpcDnsResolution(true).build())
                    .build()));
        }
        // Routes both ways: every Glue private route table (any of them may hold the ENI subnet) and the peer's.
        for (SubnetRef subnet : glueNetwork.privateSubnets()) {
            String suffix = subnet.zoneSuffix();
            add("route_from_glue_" + suffix, id -> new Route(this, id, RouteConfig.builder()
                    .routeTableId(subnet.routeTableId())
                    .destinationCidrBlock(settings.vpcCidr())
                    .vpcPeeringConnectionId(peering.getId())
                    .dependsOn(active)
                    .build()));
        }
        add("route_to_glue", peerProvider, id -> new Route(this, id, RouteConfig.builder()
                .routeTableId(vpc.subnets().get(0).routeTableId())
                .destinationCidrBlock(glueNetwork.vpcCidr())
                .vpcPeeringConnectionId(peering.getId())
                .dependsOn(active)
                .build()));

        this.databaseFirewall = new Firewall(this, naming, "peer_rds", vpc.vpcId(),
                "PostgreSQL: Glue ENIs of the peered Glue VPC (by CIDR) only", peerProvider);
        databaseFirewall.allowIngress("postgres_from_glue_vpc", PortRange.tcp(PORT), Firewall.Peer.cidr(glueNetwork.vpcCidr()),
                "PostgreSQL from Glue ENIs in the Glue VPC, over the VPC peering");
        if (crossRegion) {
            this.glueFirewall = null;
        } else {
            this.glueFirewall = new Firewall(this, naming, "peer_glue", vpc.vpcId(),
                    "Glue connection in the peered VPC: Spark driver/executor RPC on any TCP port", peerProvider);
            glueFirewall.allowSelf("all_tcp", PortRange.allTcp(), "Spark driver/executor RPC between Glue ENIs");
            glueFirewall.allowEgress("https", PortRange.tcp(443), Firewall.Peer.cidr("0.0.0.0/0"),
                    "HTTPS to S3 (gateway endpoint) and AWS APIs");
            databaseFirewall.allowFrom(glueFirewall, "postgres", PortRange.tcp(PORT), "PostgreSQL from Glue ENIs in the peered VPC");
        }

        DbSubnetGroup subnetGroup = add("db_subnets", peerProvider, id -> new DbSubnetGroup(this, id, DbSubnetGroupConfig.builder()
                .name(resourceName("postgres"))
                .description("Subnets of the " + naming.environment() + " peered PostgreSQL")
                .subnetIds(vpc.subnets().stream().map(SubnetRef::id).toList())
                .tags(tags("db_subnets"))
                .build()));
        String identifier = naming.environment() + "-peer-postgres";
        String key = crossRegion ? null : kmsKeyArn;
        // Created before the instance so RDS writes into a group with retention and KMS, not its own default.
        CloudwatchLogGroup postgresLog = add("log_postgresql", peerProvider, id -> new CloudwatchLogGroup(this, id,
                CloudwatchLogGroupConfig.builder()
                        .name("/aws/rds/instance/" + identifier + "/postgresql")
                        .retentionInDays(props.logRetentionDays())
                        .kmsKeyId(key)
                        .tags(tags("log_postgresql"))
                        .build()));
        this.instance = add("postgres", peerProvider, id -> new DbInstance(this, id, DbInstanceConfig.builder()
                .identifier(identifier)
                .engine("postgres")
                .engineVersion(settings.engineVersion())
                .instanceClass(settings.instanceClass())
                .allocatedStorage(settings.allocatedStorageGb())
                .storageType("gp3")
                .storageEncrypted(true)
                .kmsKeyId(key)
                .dbName(settings.databaseName())
                .username(settings.masterUsername())
                .manageMasterUserPassword(true)
                .masterUserSecretKmsKeyId(key)
                .dbSubnetGroupName(subnetGroup.getName())
                .vpcSecurityGroupIds(List.of(databaseFirewall.id()))
                .port(PORT)
                .publiclyAccessible(false)
                .backupRetentionPeriod(7)
                .copyTagsToSnapshot(true)
                .deletionProtection(settings.deletionProtection())
                .skipFinalSnapshot(!settings.deletionProtection())
                .finalSnapshotIdentifier(settings.deletionProtection() ? identifier + "-final" : null)
                .autoMinorVersionUpgrade(true)
                .iamDatabaseAuthenticationEnabled(true)
                .enabledCloudwatchLogsExports(List.of("postgresql"))
                .dependsOn(List.of(postgresLog))
                .tags(tags("postgres"))
                .build()));
        if (!settings.deletionProtection()) {
            CheckSuppressions.suppress(instance, "GLUE-RDS-004", "connectivity.peeredVpc.deletionProtection is false in environment '"
                    + naming.environment() + "': a disposable test store, destroyed with the environment");
        }
        if (crossRegion) {
            // The RDS-managed secret lives in the peer region; Glue reads one in its own region (value set outside Terraform).
            this.secretArn = add("glue_secret", id -> new SecretsmanagerSecret(this, id, SecretsmanagerSecretConfig.builder()
                    .name(naming.environment() + "/glue/peer-postgres")
                    .description("Glue JDBC credentials for " + identifier + " in " + region + " (value set outside Terraform)")
                    .kmsKeyId(kmsKeyArn)
                    .recoveryWindowInDays(7)
                    .tags(tags("glue_secret"))
                    .build())).getArn();
        } else {
            this.secretArn = instance.getMasterUserSecret().get(0).getSecretArn();
        }
        this.secretRead = SecretGrants.read("PeeredStoreSecret", List.of(secretArn), kmsKeyArn, glueNetwork.region());
        Outputs.add(this, "peer_postgres_jdbc_url", jdbcUrl(), "PostgreSQL in the peered VPC");
        Outputs.add(this, "peer_vpc_peering_id", peering.getId(), "VPC peering between the Glue VPC and the peered VPC");
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + instance.getAddress() + ":" + Tokens.asString(instance.getPort()) + "/" + settings.databaseName();
    }

    /** The secret the Glue connection reads (RDS-managed in the same region, else a Glue-region secret). */
    public String secretArn() {
        return secretArn;
    }

    /**
     * The store as the Glue pipeline sees it. Same region: a connection in the peered VPC's first subnet with its own
     * Glue security group (jobs list it last); another region: in the Glue VPC.
     */
    public GlueStore asGlueStore() {
        GlueStore.Placement placement = crossRegion ? new GlueStore.Placement(settings.vpcCidr(), null, null)
                : new GlueStore.Placement(settings.vpcCidr(), vpc.subnets().get(0), glueFirewall.id());
        return new GlueStore(StoreKind.POSTGRES, "JDBC over TLS to PostgreSQL in the peered VPC " + settings.vpcCidr(),
                new GlueStore.Endpoint(jdbcUrl(), PORT, secretArn), placement, role -> role.grant("peer_secret_read", secretRead));
    }

    public StoreVpc vpc() {
        return vpc;
    }

    public Firewall databaseFirewall() {
        return databaseFirewall;
    }

    public String peeringConnectionId() {
        return peering.getId();
    }

    public boolean crossRegion() {
        return crossRegion;
    }
}
