package io.glueplatform.config;

/**
 * The Session-Manager tools host of glue_poc (no key pair, no port 22).
 *
 * @param enabled       default true
 * @param instanceType  default t3.micro
 * @param placement     default {@link HostPlacement#PRIVATE}
 * @param amiId         default: the latest Amazon Linux 2023 AMI, resolved by EC2 itself from the public SSM
 *                      parameter at launch (no AWS API call at plan time)
 * @param rootVolumeGb  default 20
 * @param rootDeviceName root device of the image, default /dev/xvda (Amazon Linux); Ubuntu uses /dev/sda1
 */
public record ToolsHostConfig(Boolean enabled, String instanceType, HostPlacement placement, String amiId, Integer rootVolumeGb,
                              String rootDeviceName) {

    public static final String AL2023_SSM_IMAGE =
            "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";

    public ToolsHostConfig {
        enabled = enabled == null ? Boolean.TRUE : enabled;
        instanceType = instanceType == null ? "t3.micro" : instanceType;
        placement = placement == null ? HostPlacement.PRIVATE : placement;
        amiId = amiId == null ? AL2023_SSM_IMAGE : amiId;
        rootVolumeGb = rootVolumeGb == null ? 20 : rootVolumeGb;
        rootDeviceName = rootDeviceName == null ? "/dev/xvda" : rootDeviceName;
    }

    public static ToolsHostConfig defaults() {
        return new ToolsHostConfig(null, null, null, null, null, null);
    }
}
