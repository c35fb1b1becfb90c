package io.glueplatform.ec2;

import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplate;
import com.hashicorp.cdktf.providers.aws.instance.Instance;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.PlatformModule;
import io.glueplatform.config.HostPlacement;
import io.glueplatform.config.ToolsHostConfig;
import io.glueplatform.vpc.Firewall;
import io.glueplatform.vpc.PortRange;
import software.constructs.Construct;

import java.util.List;

/**
 * The ec2 module: glue_poc's tools host, reached only through Session Manager. No key pair, no inbound
 * rule at all, IMDSv2 only, encrypted root volume. User data installs a TLS MySQL client and writes
 * {@code /home/ssm-user/connect_to_rds.sh}, which reads the RDS-managed secret at run time.
 */
public final class ToolsHost extends PlatformModule {

    /** Where the RDS CA bundle is kept on the host, for --ssl-verify-server-cert. */
    static final String CA_BUNDLE = "/etc/pki/rds/global-bundle.pem";

    private final Instance instance;
    private final Firewall firewall;
    private final String region;

    public ToolsHost(Construct scope, Naming naming, ToolsHostProps props) {
        super(scope, "ec2", naming);
        ToolsHostConfig settings = props.settings();
        this.region = props.region();
        this.firewall = new Firewall(this, naming, "tools_host", props.vpcId(),
                "Tools host: no inbound; Session Manager and the database outbound");
        // HTTPS out: SSM endpoints, Secrets Manager, package repositories (S3 gateway / NAT).
        firewall.allowEgress("https", PortRange.tcp(443), Firewall.Peer.cidr("0.0.0.0/0"),
                "HTTPS to AWS APIs and package repositories");
        // Image and root volume in a launch template (see HostLaunchTemplate for why).
        HostLaunchTemplate host = new HostLaunchTemplate(resourceName("tools-host"), "Tools host image and encrypted root volume",
                settings.amiId(), settings.rootDeviceName(), settings.rootVolumeGb(), props.kmsKeyArn(), tags("tools_host"));
        LaunchTemplate template = add("tools_host", id -> new LaunchTemplate(this, id + "_template", host.config()));
        this.instance = add("tools_host", id -> new Instance(this, id, host.instance(template)
                .instanceType(settings.instanceType())
                .subnetId(props.subnet().id())
                .vpcSecurityGroupIds(List.of(firewall.id()))
                .associatePublicIpAddress(settings.placement() == HostPlacement.PUBLIC)
                .iamInstanceProfile(props.instanceProfileName())
                .userData(UserData.toolsHost(props.region(), props.database()))
                .build()));
    }

    public Firewall firewall() {
        return firewall;
    }

    public String instanceId() {
        return instance.getId();
    }

    public String sessionCommand() {
        return "aws ssm start-session --target " + instance.getId() + " --region " + region;
    }
}
