package io.glueplatform.config;

import java.util.regex.Pattern;

/** {@code toolsHost}: the Session Manager host. */
final class ToolsHostRules implements SectionRules {

    private static final Pattern AMI = Pattern.compile("ami-[0-9a-f]{8,17}|resolve:ssm:/.+");

    @Override
    public void check(EnvironmentConfig env, Problems problems) {
        ToolsHostConfig host = env.toolsHost();
        if (problems.addIfAny("toolsHost.instanceType", InstanceCatalog.ec2Problem(host.instanceType(), "t3.micro"))
                && InstanceCatalog.isArm64(host.instanceType()) && ToolsHostConfig.AL2023_SSM_IMAGE.equals(host.amiId())) {
            problems.add("toolsHost.instanceType", x86Only(host.instanceType()));
        }
        problems.matches("toolsHost.amiId", host.amiId(), AMI, "an AMI id (ami-0123456789abcdef0) or resolve:ssm:/parameter/path");
        problems.matches("toolsHost.rootDeviceName", host.rootDeviceName(), "/dev/(xvd|sd)[a-z][0-9]*", "a device such as /dev/xvda or /dev/sda1");
        problems.range("toolsHost.rootVolumeGb", host.rootVolumeGb(), 8, 16384, "");
    }

    /** An arm64 (Graviton) type with the platform's x86_64 image: EC2 refuses to launch it. */
    static String x86Only(String type) {
        return "'" + type + "' is an arm64 (Graviton) type but the host image is Amazon Linux 2023 for x86_64;"
                + " allowed: an x86_64 type such as t3.small, m6i.large";
    }
}
