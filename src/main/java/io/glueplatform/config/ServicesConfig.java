package io.glueplatform.config;

import java.util.List;

/**
 * Feature switches and sizes of the wider data-engineering platform (seed 004). Each switch removes
 * its component and everything only it needs; the sizes default to the seed's.
 *
 * @param containers             ECR repositories, ECS cluster, task definitions and service; default true
 * @param kubernetesHost         Minikube + ArgoCD host; default false (≈ $15-20/month)
 * @param monitoringHost         Prometheus/Grafana/ELK/Jaeger host; default false (≈ $15-20/month)
 * @param dataPipeline           crawlers, data-processing and data-quality jobs, workflow; default true
 * @param sshBastion             a bastion security group admitting SSH from adminCidrs; default false
 *                               (Session Manager is the way in; with it on and no adminCidrs, port 22 stays closed)
 * @param kubernetesInstanceType default t3.small (2 vCPU, 2 GiB: Minikube with 1 CPU / 1536 MB)
 * @param monitoringInstanceType default t3.small as in the seed (the ELK heap is cut to 256 MB to fit)
 * @param hostRootVolumeGb       encrypted gp3 root volume of both hosts; default 20
 * @param ecrKeepImages          tagged images each ECR repository keeps; default 10 (untagged ones expire after 1 day)
 * @param containerImageTag      image tag the ECS task definitions run; default 0.1.0. Tags are immutable,
 *                               so a release pushes a new tag and changes this value
 * @param webIngressCidrs        sources of HTTP/HTTPS on the web security group; default none (closed: the
 *                               platform has no load balancer yet). The one place where 0.0.0.0/0 is allowed
 * @param workflowWorkers        G.1X workers of the data-processing and data-quality jobs; default 2 (= the seed's 2 DPU)
 */
public record ServicesConfig(Boolean containers, Boolean kubernetesHost, Boolean monitoringHost, Boolean dataPipeline,
                             Boolean sshBastion, String kubernetesInstanceType, String monitoringInstanceType,
                             Integer hostRootVolumeGb, Integer ecrKeepImages, String containerImageTag,
                             List<String> webIngressCidrs, Integer workflowWorkers) {

    public ServicesConfig {
        containers = containers == null ? Boolean.TRUE : containers;
        kubernetesHost = kubernetesHost == null ? Boolean.FALSE : kubernetesHost;
        monitoringHost = monitoringHost == null ? Boolean.FALSE : monitoringHost;
        dataPipeline = dataPipeline == null ? Boolean.TRUE : dataPipeline;
        sshBastion = sshBastion == null ? Boolean.FALSE : sshBastion;
        kubernetesInstanceType = kubernetesInstanceType == null ? "t3.small" : kubernetesInstanceType;
        monitoringInstanceType = monitoringInstanceType == null ? "t3.small" : monitoringInstanceType;
        hostRootVolumeGb = hostRootVolumeGb == null ? 20 : hostRootVolumeGb;
        ecrKeepImages = ecrKeepImages == null ? 10 : ecrKeepImages;
        containerImageTag = containerImageTag == null ? "0.1.0" : containerImageTag;
        webIngressCidrs = webIngressCidrs == null ? List.of() : List.copyOf(webIngressCidrs);
        workflowWorkers = workflowWorkers == null ? 2 : workflowWorkers;
    }

    public static ServicesConfig defaults() {
        return new ServicesConfig(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Whether any component that uses the role security groups and platform secrets is on. */
    public boolean usesRoleTiers() {
        return containers || kubernetesHost || monitoringHost || sshBastion;
    }
}
