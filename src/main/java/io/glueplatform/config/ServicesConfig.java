package io.glueplatform.config;

/**
 * Feature switches and sizes of the wider data-engineering platform (seed 004). Each switch removes
 * its component and everything only it needs.
 *
 * @param containers       ECR repositories, ECS cluster, task definitions and service; default true
 * @param kubernetesHost   Minikube + ArgoCD host; default false (≈ $15-20/month)
 * @param monitoringHost   Prometheus/Grafana/ELK/Jaeger host; default false (≈ $15-20/month)
 * @param dataPipeline     crawlers, data-processing and data-quality jobs, workflow; default true
 * @param sshBastion       a bastion security group admitting SSH from adminCidrs; default false
 */
public record ServicesConfig(Boolean containers, Boolean kubernetesHost, Boolean monitoringHost, Boolean dataPipeline,
                             Boolean sshBastion) {

    public ServicesConfig {
        containers = containers == null ? Boolean.TRUE : containers;
        kubernetesHost = kubernetesHost == null ? Boolean.FALSE : kubernetesHost;
        monitoringHost = monitoringHost == null ? Boolean.FALSE : monitoringHost;
        dataPipeline = dataPipeline == null ? Boolean.TRUE : dataPipeline;
        sshBastion = sshBastion == null ? Boolean.FALSE : sshBastion;
    }

    public static ServicesConfig defaults() {
        return new ServicesConfig(null, null, null, null, null);
    }
}
