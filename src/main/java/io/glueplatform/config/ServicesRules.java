package io.glueplatform.config;

import java.util.regex.Pattern;

/** {@code services}: the wider platform's switches and sizes. */
final class ServicesRules implements SectionRules {

    private static final Pattern IMAGE_TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    @Override
    public void check(EnvironmentConfig env, Problems problems) {
        ServicesConfig services = env.services();
        hostType(problems, "services.kubernetesInstanceType", services.kubernetesInstanceType());
        hostType(problems, "services.monitoringInstanceType", services.monitoringInstanceType());
        problems.range("services.hostRootVolumeGb", services.hostRootVolumeGb(), 8, 16384, "");
        problems.range("services.ecrKeepImages", services.ecrKeepImages(), 1, 1000, "");
        if (!IMAGE_TAG.matcher(services.containerImageTag()).matches() || "latest".equals(services.containerImageTag())) {
            problems.add("services.containerImageTag", Problems.show(services.containerImageTag()) + " is not allowed; allowed: a Docker tag"
                    + " (letters, digits, '_', '.', '-', at most 128) other than 'latest' (tags are immutable, so 'latest' could never move)");
        }
        problems.range("services.workflowWorkers", services.workflowWorkers(), 2, 299, "");
        for (int i = 0; i < services.webIngressCidrs().size(); i++) {
            // The web group is the public entry point: unlike adminCidrs, 0.0.0.0/0 is a legitimate value here.
            problems.cidr("services.webIngressCidrs[" + i + "]", services.webIngressCidrs().get(i));
        }
    }

    /** The hosts boot the x86_64 Amazon Linux 2023 image (and download x86_64 tools), so Graviton types cannot run them. */
    private static void hostType(Problems problems, String field, String type) {
        if (problems.addIfAny(field, InstanceCatalog.ec2Problem(type, "t3.small")) && InstanceCatalog.isArm64(type)) {
            problems.add(field, ToolsHostRules.x86Only(type));
        }
    }
}
