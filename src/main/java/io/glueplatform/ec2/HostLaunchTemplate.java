package io.glueplatform.ec2;

import com.hashicorp.cdktf.providers.aws.instance.InstanceConfig;
import com.hashicorp.cdktf.providers.aws.instance.InstanceLaunchTemplate;
import com.hashicorp.cdktf.providers.aws.instance.InstanceMetadataOptions;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplate;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplateBlockDeviceMappings;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplateBlockDeviceMappingsEbs;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplateConfig;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplateMetadataOptions;
import io.glueplatform.cdk.Tokens;

import java.util.List;
import java.util.Map;

/**
 * How every single-instance host is built ({@link ToolsHost}, the platform hosts): the image and an
 * encrypted gp3 root volume live in a launch template, because the AWS provider cannot combine a
 * resolve:ssm: image with root_block_device on aws_instance (it calls DescribeImages with the parameter
 * string; hashicorp/terraform-provider-aws#43488), while launch templates resolve it natively. IMDSv2 only.
 * Configs only, no constructs: each host still adds the resources itself, so addresses do not move.
 *
 * @param name           launch template name
 * @param description    launch template description
 * @param imageId        AMI id or a resolve:ssm: parameter
 * @param rootDeviceName the image's root device, e.g. /dev/xvda
 * @param rootVolumeGb   encrypted gp3 root volume size
 * @param kmsKeyArn      encrypts the root volume
 * @param tags           tags of the template, the instance and its volumes
 */
public record HostLaunchTemplate(String name, String description, String imageId, String rootDeviceName, Number rootVolumeGb,
                                 String kmsKeyArn, Map<String, String> tags) {

    public LaunchTemplateConfig config() {
        return LaunchTemplateConfig.builder()
                .name(name)
                .description(description)
                .imageId(imageId)
                .updateDefaultVersion(true)
                .blockDeviceMappings(List.of(LaunchTemplateBlockDeviceMappings.builder()
                        .deviceName(rootDeviceName)
                        .ebs(LaunchTemplateBlockDeviceMappingsEbs.builder()
                                .volumeType("gp3")
                                .volumeSize(rootVolumeGb)
                                .encrypted("true")
                                .kmsKeyId(kmsKeyArn)
                                .deleteOnTermination("true")
                                .build())
                        .build()))
                .metadataOptions(LaunchTemplateMetadataOptions.builder()
                        .httpEndpoint("enabled").httpTokens("required").httpPutResponseHopLimit(1).build())
                .tags(tags)
                .build();
    }

    /**
     * The instance settings every host shares: the template's latest version, IMDSv2 only, EBS optimized,
     * tags on instance and volumes. The host adds type, subnet, security groups, profile and user data.
     */
    public InstanceConfig.Builder instance(LaunchTemplate template) {
        return InstanceConfig.builder()
                .launchTemplate(InstanceLaunchTemplate.builder().id(template.getId())
                        .version(Tokens.asString(template.getLatestVersion())).build())
                .metadataOptions(InstanceMetadataOptions.builder()
                        .httpEndpoint("enabled")
                        // IMDSv2 only; hop limit 1 keeps containers on a bridge network away from the host's credentials.
                        .httpTokens("required")
                        .httpPutResponseHopLimit(1)
                        .instanceMetadataTags("disabled")
                        .build())
                .ebsOptimized(true)
                .tags(tags)
                .volumeTags(tags);
    }
}
