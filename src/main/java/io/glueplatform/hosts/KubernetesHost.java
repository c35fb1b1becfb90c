package io.glueplatform.hosts;

import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.Outputs;
import software.constructs.Construct;

/**
 * Seed 004's Kubernetes host: Docker, Minikube, Helm and ArgoCD (UI on NodePort 30080), in a private subnet behind the
 * kubernetes role group, Session Manager only. At first boot it generates the ArgoCD admin password into the
 * argocd-admin secret. Addresses: {@code aws_instance.hosts_kubernetes}, {@code aws_iam_role.iam_kubernetes_host},
 * {@code aws_iam_instance_profile.hosts_kubernetes}.
 */
public final class KubernetesHost extends ServiceHost {

    public KubernetesHost(Construct scope, Naming naming, HostSize size, ServiceHostDependencies dependencies) {
        super(scope, "kubernetes_host", naming, dependencies, Host.builder()
                        .role("kubernetes").description("Minikube and ArgoCD host").size(size)
                        .roleName("kubernetes_host").roleDescription("Minikube + ArgoCD host (Session Manager)")
                        .securityGroup(dependencies.securityGroups().kubernetes()),
                dependencies.secrets().argocdAdmin(), HostScripts::kubernetes);
        sessionOutputs("Minikube + ArgoCD host", "Shell on the Kubernetes host (no SSH)");
        Outputs.add(this, "argocd_port_forward_command", argocdPortForwardCommand(),
                "ArgoCD UI on http://localhost:30080; admin password in the argocd-admin secret");
    }

    /** The ArgoCD UI on http://localhost:30080 through Session Manager. */
    public String argocdPortForwardCommand() {
        return portForwardCommand(HostScripts.ARGOCD_NODE_PORT);
    }
}
