package io.glueplatform.ec2;

import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplate;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplateBlockDeviceMappings;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplateBlockDeviceMappingsEbs;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplateConfig;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplateMetadataOptions;
import com.hashicorp.cdktf.providers.aws.instance.InstanceLaunchTemplate;
import io.glueplatform.cdk.Tokens;
import com.hashicorp.cdktf.providers.aws.instance.Instance;
import com.hashicorp.cdktf.providers.aws.instance.InstanceConfig;
import com.hashicorp.cdktf.providers.aws.instance.InstanceMetadataOptions;
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
        // The image and root volume live in a launch template: the AWS provider cannot combine a
        // resolve:ssm: image with root_block_device on aws_instance (it calls DescribeImages with the
        // parameter string; hashicorp/terraform-provider-aws#43488), while launch templates resolve it natively.
        LaunchTemplate template = add("tools_host", id -> new LaunchTemplate(this, id + "_template", LaunchTemplateConfig.builder()
                .name(resourceName("tools-host"))
                .description("Tools host image and encrypted root volume")
                .imageId(settings.amiId())
                .updateDefaultVersion(true)
                .blockDeviceMappings(List.of(LaunchTemplateBlockDeviceMappings.builder()
                        .deviceName(settings.rootDeviceName())
                        .ebs(LaunchTemplateBlockDeviceMappingsEbs.builder()
                                .volumeType("gp3")
                                .volumeSize(settings.rootVolumeGb())
                                .encrypted("true")
                                .kmsKeyId(props.kmsKeyArn())
                                .deleteOnTermination("true")
                                .build())
                        .build()))
                .metadataOptions(LaunchTemplateMetadataOptions.builder()
                        .httpEndpoint("enabled").httpTokens("required").httpPutResponseHopLimit(1).build())
                .tags(tags("tools_host"))
                .build()));
        this.instance = add("tools_host", id -> new Instance(this, id, InstanceConfig.builder()
                .launchTemplate(InstanceLaunchTemplate.builder().id(template.getId()).version(Tokens.asString(template.getLatestVersion())).build())
                .instanceType(settings.instanceType())
                .subnetId(props.subnet().id())
                .vpcSecurityGroupIds(List.of(firewall.id()))
                .associatePublicIpAddress(settings.placement() == HostPlacement.PUBLIC)
                .iamInstanceProfile(props.instanceProfileName())
                .metadataOptions(InstanceMetadataOptions.builder()
                        .httpEndpoint("enabled")
                        .httpTokens("required")
                        .httpPutResponseHopLimit(1)
                        .instanceMetadataTags("disabled")
                        .build())
                .ebsOptimized(true)
                .userData(UserData.toolsHost(props.region(), props.database()))
                .tags(tags("tools_host"))
                .volumeTags(tags("tools_host"))
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
