package io.glueplatform.hosts;

import com.hashicorp.cdktf.providers.aws.iam_instance_profile.IamInstanceProfile;
import com.hashicorp.cdktf.providers.aws.iam_instance_profile.IamInstanceProfileConfig;
import com.hashicorp.cdktf.providers.aws.instance.Instance;
import com.hashicorp.cdktf.providers.aws.instance.InstanceConfig;
import com.hashicorp.cdktf.providers.aws.instance.InstanceLaunchTemplate;
import com.hashicorp.cdktf.providers.aws.instance.InstanceMetadataOptions;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplate;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplateBlockDeviceMappings;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplateBlockDeviceMappingsEbs;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplateConfig;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplateMetadataOptions;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.PlatformConstruct;
import io.glueplatform.cdk.PlatformModule;
import io.glueplatform.cdk.Tokens;
import io.glueplatform.config.HostPlacement;
import io.glueplatform.config.RegionCatalog;
import io.glueplatform.config.ToolsHostConfig;
import io.glueplatform.firewall.Firewall;
import io.glueplatform.iam.Role;
import io.glueplatform.iam.ComponentRole;
import io.glueplatform.iam.ComponentRole.TrustedService;
import io.glueplatform.kms.PlatformKey;
import io.glueplatform.vpc.Network;
import io.glueplatform.vpc.SubnetRef;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * The one way the platform runs an EC2 instance (tools host, Kubernetes host, monitoring host). It owns its IAM role
 * (Session Manager core; the component adds grants) and the instance profile that hands the role to the instance.
 * No key pair and no inbound port: Session Manager is the way in. IMDSv2 only with hop limit 1, so containers on a
 * bridge network cannot reach the instance's credentials. The image and an encrypted gp3 root volume live in a launch
 * template, because the AWS provider cannot combine a {@code resolve:ssm:} image with {@code root_block_device} on
 * aws_instance (it calls DescribeImages with the parameter string; hashicorp/terraform-provider-aws#43488), while
 * launch templates resolve it natively. Addresses: launch template and instance {@code <module>_<role>}, role
 * {@code iam_<roleName>}, instance profile see {@link ProfileAddress}.
 */
public final class Host extends PlatformModule {

    /** Where the instance profile's Terraform address comes from; each host keeps the one it was first deployed with. */
    public enum ProfileAddress {
        /** {@code aws_iam_instance_profile.<module>_<role>}, like the host's other resources (default). */
        HOST,
        /** {@code aws_iam_instance_profile.iam_<roleName>}: the tools host's, created by the iam module before hosts owned it. */
        ROLE
    }

    private final Instance instance;
    private final ComponentRole role;
    private final String region;

    private Host(Construct scope, Naming naming, Builder settings) {
        // Its own parent, so several hosts can share a module (hosts_kubernetes, hosts_monitoring) without clashing ids.
        super(new PlatformConstruct.Group(scope, settings.role + "_host"), settings.module, naming);
        String hostRole = settings.role;
        this.region = settings.network.region();
        this.role = new ComponentRole(this, naming, settings.roleName, TrustedService.EC2, settings.roleDescription)
                .withManagedPolicy("arn:" + RegionCatalog.partitionOf(region) + ":iam::aws:policy/AmazonSSMManagedInstanceCore");
        InstanceProfile profile = settings.profileAddress == ProfileAddress.ROLE
                ? new InstanceProfile(this, naming, "iam", settings.roleName, this.role)
                : new InstanceProfile(this, naming, settings.module, hostRole, this.role);
        boolean isPublic = settings.placement == HostPlacement.PUBLIC;
        SubnetRef subnet = (isPublic ? settings.network.publicSubnets() : settings.network.privateSubnets()).get(0);
        Map<String, String> tags = tags(hostRole);
        LaunchTemplate template = add(hostRole, id -> new LaunchTemplate(this, id + "_template", LaunchTemplateConfig.builder()
                .name(resourceName(hostRole))
                .description(settings.launchTemplateDescription != null ? settings.launchTemplateDescription
                        : settings.description + ": image and encrypted root volume")
                .imageId(settings.imageId)
                .updateDefaultVersion(true)
                .blockDeviceMappings(List.of(LaunchTemplateBlockDeviceMappings.builder()
                        .deviceName(settings.rootDeviceName)
                        .ebs(LaunchTemplateBlockDeviceMappingsEbs.builder()
                                .volumeType("gp3")
                                .volumeSize(settings.size.rootVolumeGb())
                                .encrypted("true")
                                .kmsKeyId(settings.key.arn())
                                .deleteOnTermination("true")
                                .build())
                        .build()))
                .metadataOptions(LaunchTemplateMetadataOptions.builder()
                        .httpEndpoint("enabled").httpTokens("required").httpPutResponseHopLimit(1).build())
                .tags(tags)
                .build()));
        this.instance = add(hostRole, id -> new Instance(this, id, InstanceConfig.builder()
                .launchTemplate(InstanceLaunchTemplate.builder().id(template.getId())
                        .version(Tokens.asString(template.getLatestVersion())).build())
                .metadataOptions(InstanceMetadataOptions.builder()
                        .httpEndpoint("enabled")
                        .httpTokens("required")
                        .httpPutResponseHopLimit(1)
                        .instanceMetadataTags("disabled")
                        .build())
                .ebsOptimized(true)
                .tags(tags)
                .volumeTags(tags)
                .instanceType(settings.size.instanceType())
                .subnetId(subnet.id())
                .vpcSecurityGroupIds(List.of(settings.securityGroup.id()))
                .associatePublicIpAddress(isPublic)
                .iamInstanceProfile(profile.name())
                .userData(settings.userData)
                // null, not false: the provider's default, and what a host that opted out has always had in its JSON.
                .userDataReplaceOnChange(settings.replaceOnUserDataChange ? Boolean.TRUE : null)
                .build()));
    }

    /** Starts a host whose launch template and instance are addressed {@code <module>_<role>}, e.g. hosts_kubernetes. */
    public static Builder builder() {
        return new Builder();
    }

    /** The role the instance runs as: grant it what the host's software needs. */
    public Role role() {
        return role;
    }

    public String instanceId() {
        return instance.getId();
    }

    /** Opens a shell (no SSH, no public IP needed). */
    public String sessionCommand() {
        return "aws ssm start-session --target " + instance.getId() + " --region " + region;
    }

    /** Forwards a port of the host to localhost (e.g. Grafana on 3000) through Session Manager. */
    public String portForwardCommand(int port) {
        return sessionCommand() + " --document-name AWS-StartPortForwardingSession --parameters portNumber=" + port
                + ",localPortNumber=" + port;
    }

    /** The instance profile, a module of its own so its address can be the host's or the role's (see {@link ProfileAddress}). */
    private static final class InstanceProfile extends PlatformModule {
        private final IamInstanceProfile profile;

        InstanceProfile(Construct scope, Naming naming, String module, String role, Role instanceRole) {
            super(new PlatformConstruct.Group(scope, "instance_profile"), module, naming);
            this.profile = add(role, id -> new IamInstanceProfile(this, id + "_profile", IamInstanceProfileConfig.builder()
                    .name(resourceName(role))
                    .role(instanceRole.name())
                    .tags(tags(role))
                    .build()));
        }

        String name() {
            return profile.getName();
        }
    }

    /**
     * What a host is. Required: module, role, description, roleName, roleDescription, network, key, size, securityGroup,
     * userData; a missing one fails with one sentence naming it. Defaults: Amazon Linux 2023 image with root device /dev/xvda, private placement, replaced when its user
     * data changes, instance profile at the host's address.
     */
    public static final class Builder {
        private String module;
        private String role;
        private String description;
        private String launchTemplateDescription;
        private String roleName;
        private String roleDescription;
        private Network network;
        private HostPlacement placement = HostPlacement.PRIVATE;
        private PlatformKey key;
        private HostSize size;
        private String imageId = ToolsHostConfig.AL2023_SSM_IMAGE;
        private String rootDeviceName = "/dev/xvda";
        private Firewall securityGroup;
        private String userData;
        private boolean replaceOnUserDataChange = true;
        private ProfileAddress profileAddress = ProfileAddress.HOST;

        private Builder() {
        }

        /** Address module of the launch template and instance, e.g. {@code hosts}. */
        public Builder module(String module) {
            this.module = module;
            return this;
        }

        /** Address role and name part of the launch template and instance, e.g. {@code kubernetes}. */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /** What the host is for; the launch template says "{@code <description>}: image and encrypted root volume". */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Overrides the launch template's description (a host deployed with another wording keeps it). */
        public Builder launchTemplateDescription(String launchTemplateDescription) {
            this.launchTemplateDescription = launchTemplateDescription;
            return this;
        }

        /** Address role and name part of the host's IAM role, e.g. {@code kubernetes_host} (aws_iam_role.iam_kubernetes_host). */
        public Builder roleName(String roleName) {
            this.roleName = roleName;
            return this;
        }

        public Builder roleDescription(String roleDescription) {
            this.roleDescription = roleDescription;
            return this;
        }

        /** The network the host runs in: the first subnet of its placement's tier, and the region for its commands. */
        public Builder network(Network network) {
            this.network = network;
            return this;
        }

        /** Default {@link HostPlacement#PRIVATE}; PUBLIC adds a public IP (still no inbound rule). */
        public Builder placement(HostPlacement placement) {
            this.placement = placement;
            return this;
        }

        /** Encrypts the root volume. */
        public Builder key(PlatformKey key) {
            this.key = key;
            return this;
        }

        public Builder size(HostSize size) {
            this.size = size;
            return this;
        }

        /** An AMI id or {@code resolve:ssm:/...} (EC2 resolves it at launch); default the latest Amazon Linux 2023. */
        public Builder imageId(String imageId) {
            this.imageId = imageId;
            return this;
        }

        /** The image's root device; default /dev/xvda (Amazon Linux; Ubuntu uses /dev/sda1). */
        public Builder rootDeviceName(String rootDeviceName) {
            this.rootDeviceName = rootDeviceName;
            return this;
        }

        /** The host's only security group. */
        public Builder securityGroup(Firewall securityGroup) {
            this.securityGroup = securityGroup;
            return this;
        }

        /** First-boot script; Terraform interpolates {@code ${...}} in it, so only intended references may use that syntax. */
        public Builder userData(String userData) {
            this.userData = userData;
            return this;
        }

        /** Default true: a changed script reaches the host by replacing it, instead of editing a running instance's user data. */
        public Builder replaceOnUserDataChange(boolean replaceOnUserDataChange) {
            this.replaceOnUserDataChange = replaceOnUserDataChange;
            return this;
        }

        public Builder profileAddress(ProfileAddress profileAddress) {
            this.profileAddress = profileAddress;
            return this;
        }

        private void require(Object value, String field) {
            if (value == null) {
                throw new IllegalArgumentException("hosts: host '" + role + "' has no " + field + "; every host needs one (Host.builder()."
                        + field + "(...))");
            }
        }

        public Host create(Construct scope, Naming naming) {
            require(module, "module");
            require(role, "role");
            require(description, "description");
            require(roleName, "roleName");
            require(roleDescription, "roleDescription");
            require(network, "network");
            require(placement, "placement");
            require(key, "key");
            require(size, "size");
            require(imageId, "imageId");
            require(rootDeviceName, "rootDeviceName");
            require(securityGroup, "securityGroup");
            require(userData, "userData");
            if (userData.length() > 16 * 1024) {
                throw new IllegalArgumentException("hosts: " + role + " user data is " + userData.length() + " bytes; allowed: 16 KB (EC2 limit)");
            }
            return new Host(scope, naming, this);
        }
    }
}
