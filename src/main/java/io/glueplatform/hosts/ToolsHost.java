package io.glueplatform.hosts;

import io.glueplatform.cdk.Naming;
import io.glueplatform.config.ToolsHostConfig;
import io.glueplatform.firewall.Firewall;
import io.glueplatform.firewall.PortRange;
import io.glueplatform.rds.Database;
import io.glueplatform.vpc.Network;
import software.constructs.Construct;

/**
 * glue_poc's tools host, reached only through Session Manager: no key pair, no inbound rule at all, IMDSv2 only,
 * encrypted root volume. User data installs a TLS MySQL client and writes {@code /home/ssm-user/connect_to_rds.sh},
 * which reads the RDS-managed secret at run time. The component owns its security group, its role and instance
 * profile, its grants on the database and its outputs. Addresses are those it was first deployed with:
 * {@code aws_instance.ec2_tools_host}, {@code aws_iam_role.iam_tools_host}, {@code aws_iam_instance_profile.iam_tools_host},
 * {@code aws_security_group.tools_host_sg_this}.
 */
public final class ToolsHost extends HostComponent {

    private final Firewall securityGroup;

    public ToolsHost(Construct scope, Naming naming, ToolsHostConfig settings, ToolsHostDependencies dependencies) {
        super(scope, "tools_host");
        Network network = dependencies.network();
        Database database = dependencies.database();
        this.securityGroup = new Firewall(this, naming, "tools_host", network.vpcId(),
                "Tools host: no inbound; Session Manager and the database outbound");
        // HTTPS out: SSM endpoints, Secrets Manager, package repositories (S3 gateway / NAT).
        securityGroup.allowEgress("https", PortRange.tcp(443), Firewall.Peer.cidr("0.0.0.0/0"),
                "HTTPS to AWS APIs and package repositories");
        create(naming, Host.builder()
                .module("ec2").role("tools_host").description("Tools host")
                .launchTemplateDescription("Tools host image and encrypted root volume")
                .roleName("tools_host").roleDescription("Session Manager tools host")
                .profileAddress(Host.ProfileAddress.ROLE)
                .network(network).placement(settings.placement()).key(dependencies.key())
                .size(new HostSize(settings.instanceType(), settings.rootVolumeGb()))
                .imageId(settings.amiId()).rootDeviceName(settings.rootDeviceName())
                .securityGroup(securityGroup)
                .userData(HostScripts.toolsHost(network.region(), database))
                // As deployed: its user data changes in place (stop/start); replacing it would be a change of its own.
                .replaceOnUserDataChange(false));
        database.allowFrom(securityGroup, "MySQL from the Session Manager tools host");
        database.grantSecretRead(role(), network.region());
        sessionOutputs("Tools host (Session Manager only, no SSH)", "Open a shell on the tools host; then run ~/connect_to_rds.sh");
    }

    /** The host's only security group (no inbound rule; the database admits it). */
    public Firewall securityGroup() {
        return securityGroup;
    }
}
