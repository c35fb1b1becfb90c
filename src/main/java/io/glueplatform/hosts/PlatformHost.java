package io.glueplatform.hosts;

import com.hashicorp.cdktf.providers.aws.iam_instance_profile.IamInstanceProfile;
import com.hashicorp.cdktf.providers.aws.iam_instance_profile.IamInstanceProfileConfig;
import com.hashicorp.cdktf.providers.aws.instance.Instance;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplate;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.PlatformModule;
import io.glueplatform.ec2.HostLaunchTemplate;
import software.constructs.Construct;

import java.util.List;

/**
 * A single-instance host of the platform (Kubernetes or monitoring), built like the tools host: the image
 * and encrypted gp3 root volume live in a launch template (aws_instance cannot combine a resolve:ssm:
 * image with root_block_device, hashicorp/terraform-provider-aws#43488), IMDSv2 only, no key pair, no
 * public IP, a Session Manager instance profile. Its module is {@code hosts}; addresses read
 * {@code aws_instance.hosts_<role>}.
 */
public final class PlatformHost extends PlatformModule {

    /** Amazon Linux 2023 (Amazon Linux 2 reaches end of support in 2026); resolved by EC2 at launch. */
    public static final String AL2023_SSM_IMAGE = "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";
    static final String ROOT_DEVICE = "/dev/xvda";

    private final Instance instance;
    private final PlatformHostProps props;

    public PlatformHost(Construct scope, Naming naming, PlatformHostProps props) {
        // Each host gets its own parent so both can be module "hosts": addresses read hosts_<role>, not a hash.
        super(new Construct(scope, "host_" + props.role()), "hosts", naming);
        this.props = props;
        String role = props.role();
        IamInstanceProfile profile = add(role, id -> new IamInstanceProfile(this, id + "_profile", IamInstanceProfileConfig.builder()
                .name(naming.resourceName("hosts", role))
                .role(props.instanceRole().name())
                .tags(naming.tags("hosts", role))
                .build()));
        HostLaunchTemplate host = new HostLaunchTemplate(naming.resourceName("hosts", role),
                props.description() + ": image and encrypted root volume", props.imageId(), ROOT_DEVICE, props.rootVolumeGb(),
                props.kmsKeyArn(), naming.tags("hosts", role));
        LaunchTemplate template = add(role, id -> new LaunchTemplate(this, id + "_template", host.config()));
        this.instance = add(role, id -> new Instance(this, id, host.instance(template)
                .instanceType(props.instanceType())
                .subnetId(props.subnet().id())
                .vpcSecurityGroupIds(List.of(props.firewall().id()))
                .associatePublicIpAddress(false)
                .iamInstanceProfile(profile.getName())
                .userData(props.userData())
                // A changed script must reach the host: replace it rather than edit user data of a running instance.
                .userDataReplaceOnChange(true)
                .build()));
    }

    public String instanceId() {
        return instance.getId();
    }

    /** Opens a shell (no SSH, no public IP). */
    public String sessionCommand() {
        return "aws ssm start-session --target " + instance.getId() + " --region " + props.region();
    }

    /** Forwards a port of the host to localhost (e.g. Grafana on 3000) through Session Manager. */
    public String portForwardCommand(int port) {
        return "aws ssm start-session --target " + instance.getId() + " --region " + props.region()
                + " --document-name AWS-StartPortForwardingSession --parameters portNumber=" + port + ",localPortNumber=" + port;
    }
}
