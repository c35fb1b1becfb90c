package io.glueplatform.connectivity;

import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.providers.aws.eip.Eip;
import com.hashicorp.cdktf.providers.aws.eip.EipConfig;
import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroup;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroupConfig;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import com.hashicorp.cdktf.TerraformProviderGeneratorMetadata;
import com.hashicorp.cdktf.TerraformResource;
import com.hashicorp.cdktf.TerraformResourceConfig;
import io.glueplatform.cdk.CheckSuppressions;
import io.glueplatform.kms.PlatformKey;
import java.util.ArrayList;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKeyConfig;
import com.hashicorp.cdktf.providers.aws.redshift_cluster.RedshiftCluster;
import com.hashicorp.cdktf.providers.aws.redshift_cluster.RedshiftClusterConfig;
import com.hashicorp.cdktf.providers.aws.redshift_parameter_group.RedshiftParameterGroup;
import com.hashicorp.cdktf.providers.aws.redshift_parameter_group.RedshiftParameterGroupConfig;
import com.hashicorp.cdktf.providers.aws.redshift_parameter_group.RedshiftParameterGroupParameter;
import com.hashicorp.cdktf.providers.aws.redshift_subnet_group.RedshiftSubnetGroup;
import com.hashicorp.cdktf.providers.aws.redshift_subnet_group.RedshiftSubnetGroupConfig;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.Overrides;
import io.glueplatform.cdk.PlatformModule;
import io.glueplatform.config.CrossRegionStoreConfig;
import io.glueplatform.cdk.Outputs;
import io.glueplatform.glue.GlueStore;
import io.glueplatform.iam.AwsScope;
import io.glueplatform.glue.StoreKind;
import io.glueplatform.iam.SecretGrants;
import io.glueplatform.iam.PolicyDocument;
import io.glueplatform.iam.PolicyStatement;
import io.glueplatform.firewall.Firewall;
import io.glueplatform.firewall.PortRange;
import io.glueplatform.vpc.SubnetRef;
import software.constructs.Construct;

import java.util.List;

/**
 * A Redshift cluster in another region (or account), reached by Glue through the Glue VPC's NAT gateway
 * (seed 002). Store side, with the store's provider: its own VPC, a KMS key of that region, an encrypted
 * cluster with a Redshift-managed master password, TLS required, and a security group that admits only
 * the NAT gateways' Elastic IPs (/32) on the store's port. Glue side, with the stack's provider: a Secrets
 * Manager secret for the JDBC connection (see {@link #asGlueStore()}).
 *
 * <p>Trade-off: the NAT path crosses the internet, so the cluster must be publicly accessible (it gets its
 * own Elastic IP; the security group is what keeps everyone but the NAT EIPs out, and TLS protects the
 * data). With {@code publiclyAccessible: false} the cluster is private and unreachable from Glue; the
 * network preflight then refuses to synthesize. A private alternative is a peered VPC (see PeeredStore).
 */
public final class CrossRegionStore extends PlatformModule {

    /** Redshift's audit logs: connections, users, and every query (user activity). */
    static final List<String> AUDIT_LOGS = List.of("connectionlog", "userlog", "useractivitylog");

    private final CrossRegionStoreConfig settings;
    private final StoreVpc vpc;
    private final Firewall firewall;
    private final RedshiftCluster cluster;
    private final Eip eip;
    private final String glueSecretArn;
    /** Read access to the Glue-side secret, decrypting with the platform key via the Glue region's Secrets Manager only. */
    private final List<PolicyStatement> secretRead;

    public CrossRegionStore(Construct scope, Naming naming, CrossRegionStoreProps props) {
        super(scope, "xr", naming);
        this.settings = props.settings();
        TerraformProvider storeProvider = props.location().provider();
        AwsScope store = props.location().scope();
        boolean isPublic = settings.publiclyAccessible();

        KmsKey key = add("key", storeProvider, id -> new KmsKey(this, id, KmsKeyConfig.builder()
                .description("glue-platform " + naming.environment() + ": Redshift store in " + settings.region())
                .enableKeyRotation(true)
                .deletionWindowInDays(30)
                .policy(PolicyDocument.of(PolicyStatement.allow("AccountAdministersKeyThroughIam", List.of("kms:*"), List.of("*"))
                                .withPrincipal("AWS", "arn:" + store.partition() + ":iam::" + store.accountId() + ":root"),
                        // Flow logs and the audit logs of the store VPC are encrypted with this key of the store's region.
                        PlatformKey.logsMayEncrypt(store.partition(), settings.region(), store.accountId())))
                .tags(tags("key"))
                .build()));
        this.vpc = new StoreVpc(this, naming, "xr_vpc", new StoreVpc.Props(settings.region(), settings.vpcCidr(),
                settings.availabilityZones(), settings.subnetCidrs(), isPublic, false), storeProvider);
        vpc.flowLogs(key.getArn(), props.logRetentionDays());

        this.firewall = new Firewall(this, naming, "xr_redshift", vpc.vpcId(),
                "Redshift: only the Glue VPC's NAT gateway Elastic IPs, on the cluster port", storeProvider);
        List<String> natPublicIps = props.network().natPublicIps();
        for (int i = 0; i < natPublicIps.size(); i++) {
            // What the store sees as Glue's source address is the NAT gateway's EIP (seed 002).
            firewall.allowIngress("glue_nat_" + i, PortRange.tcp(settings.port()), Firewall.Peer.cidr(natPublicIps.get(i) + "/32"),
                    "Redshift from Glue through NAT gateway " + i + " of the Glue VPC");
        }

        RedshiftSubnetGroup subnets = add("subnets", storeProvider, id -> new RedshiftSubnetGroup(this, id, RedshiftSubnetGroupConfig.builder()
                .name(resourceName("redshift"))
                .description("Subnets of the " + naming.environment() + " cross-region Redshift store")
                .subnetIds(vpc.subnets().stream().map(SubnetRef::id).toList())
                .tags(tags("subnets"))
                .build()));
        RedshiftParameterGroup parameters = add("parameters", storeProvider, id -> new RedshiftParameterGroup(this, id,
                RedshiftParameterGroupConfig.builder()
                        .name(resourceName("redshift-tls"))
                        .family("redshift-1.0")
                        .description("TLS required: the NAT path crosses the internet")
                        .parameter(List.of(RedshiftParameterGroupParameter.builder().name("require_ssl").value("true").build(),
                                // The user activity log (every query) is written only when this is on.
                                RedshiftParameterGroupParameter.builder().name("enable_user_activity_logging").value("true").build()))
                        .tags(tags("parameters"))
                        .build()));
        // A fixed EIP of the cluster: the Glue security group's egress can then name it (/32) instead of 0.0.0.0/0.
        this.eip = isPublic
                ? add("eip", storeProvider, id -> new Eip(this, id, EipConfig.builder().domain("vpc").tags(tags("eip")).build()))
                : null;
        String identifier = naming.environment() + "-xr-redshift";
        // Audit logs go to CloudWatch Logs in the store's region, into groups created first with the store key and the
        // environment's retention (Redshift would otherwise create them unencrypted, kept forever).
        List<ITerraformDependable> auditGroups = new ArrayList<>();
        for (String log : AUDIT_LOGS) {
            auditGroups.add(add("log_" + log, storeProvider, id -> new CloudwatchLogGroup(this, id, CloudwatchLogGroupConfig.builder()
                    .name("/aws/redshift/cluster/" + identifier + "/" + log)
                    .retentionInDays(props.logRetentionDays())
                    .kmsKeyId(key.getArn())
                    .tags(tags("log_" + log))
                    .build())));
        }
        this.cluster = add("redshift", storeProvider, id -> new RedshiftCluster(this, id, RedshiftClusterConfig.builder()
                .clusterIdentifier(identifier)
                .nodeType(settings.nodeType())
                .clusterType(settings.numberOfNodes() > 1 ? "multi-node" : "single-node")
                .numberOfNodes(settings.numberOfNodes())
                .databaseName(settings.databaseName())
                .masterUsername(settings.masterUsername())
                .port(settings.port())
                .encrypted(true)
                .kmsKeyId(key.getArn())
                // Explicit even though it is the safe choice: provider 5.x defaults publicly_accessible to true.
                .publiclyAccessible(isPublic)
                .elasticIp(eip == null ? null : eip.getPublicIp())
                .clusterSubnetGroupName(subnets.getName())
                .clusterParameterGroupName(parameters.getName())
                .vpcSecurityGroupIds(List.of(firewall.id()))
                .enhancedVpcRouting(true)
                .automatedSnapshotRetentionPeriod(7)
                .skipFinalSnapshot(!settings.finalSnapshot())
                .finalSnapshotIdentifier(settings.finalSnapshot() ? identifier + "-final" : null)
                .tags(tags("redshift"))
                .build()));
        // Newer than the 5.23.1 bindings: Redshift generates the master password and keeps it in Secrets
        // Manager (in the store's region), so no password exists in config, JSON or state.
        Overrides.set(cluster, "manage_master_password", true);
        Overrides.set(cluster, "master_password_secret_kms_key_id", key.getArn());
        // aws_redshift_logging (provider 5.x; the cluster's logging block is deprecated) is newer than the bindings.
        TerraformResource audit = add("audit_logging", storeProvider, id -> new TerraformResource(this, id, TerraformResourceConfig.builder()
                .terraformResourceType("aws_redshift_logging")
                .terraformGeneratorMetadata(TerraformProviderGeneratorMetadata.builder().providerName("aws").build())
                .dependsOn(auditGroups)
                .build()));
        Overrides.set(audit, "cluster_identifier", cluster.getId());
        Overrides.set(audit, "log_destination_type", "cloudwatch");
        Overrides.set(audit, "log_exports", AUDIT_LOGS);
        if (isPublic) {
            CheckSuppressions.suppress(cluster, "GLUE-RS-005", "cross-region store reached by Glue through the NAT gateway's Elastic IP"
                    + " (seed 002, connectivity.crossRegionStore.publiclyAccessible): its security group admits only the NAT EIPs /32"
                    + " on the cluster port, and require_ssl is on");
        }

        // Glue reads credentials from a secret in its own region: the Redshift-managed one lives in the store's
        // region (and account). This secret holds {"username","password"} of a Glue user created by the store's
        // owner; its value is put outside Terraform (docs/preflight.md), so no password is ever in state.
        this.glueSecretArn = add("glue_secret", id -> new com.hashicorp.cdktf.providers.aws.secretsmanager_secret.SecretsmanagerSecret(this, id,
                com.hashicorp.cdktf.providers.aws.secretsmanager_secret.SecretsmanagerSecretConfig.builder()
                        .name(naming.environment() + "/glue/xr-redshift")
                        .description("Glue JDBC credentials for " + identifier + " in " + settings.region()
                                + " (value set outside Terraform: {\"username\",\"password\"})")
                        .kmsKeyId(props.key().arn())
                        .recoveryWindowInDays(7)
                        .tags(tags("glue_secret"))
                        .build())).getArn();
        this.secretRead = SecretGrants.read("CrossRegionStoreSecret", List.of(glueSecretArn), props.key().arn(),
                props.network().region());
        Outputs.add(this, "xr_redshift_jdbc_url", jdbcUrl(), "Cross-region Redshift (reached through the NAT gateway EIPs)");
        Outputs.add(this, "xr_glue_secret_arn", glueSecretArn, "Secret to fill with the Glue user's Redshift credentials");
    }

    /** JDBC URL (the endpoint includes the port); credentials come from the Glue-side secret. */
    public String jdbcUrl() {
        return "jdbc:redshift://" + cluster.getEndpoint() + "/" + settings.databaseName();
    }

    /** Where the Glue security group may send to: the cluster's EIP (/32), else (private cluster) its VPC. */
    public String egressCidr() {
        return eip != null ? eip.getPublicIp() + "/32" : settings.vpcCidr();
    }

    /** The store as the Glue pipeline sees it: a JDBC connection in the Glue VPC's first private subnet. */
    public GlueStore asGlueStore() {
        return new GlueStore(StoreKind.REDSHIFT, "JDBC over TLS to Redshift in " + settings.region() + " through the NAT gateway",
                new GlueStore.Endpoint(jdbcUrl(), settings.port(), glueSecretArn), new GlueStore.Placement(egressCidr(), null, null),
                role -> role.grant("xr_secret_read", secretRead));
    }

    public Firewall firewall() {
        return firewall;
    }

    public StoreVpc vpc() {
        return vpc;
    }

    public String clusterIdentifier() {
        return cluster.getClusterIdentifier();
    }
}
