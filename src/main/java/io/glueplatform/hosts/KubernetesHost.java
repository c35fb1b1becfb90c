package io.glueplatform.hosts;

import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.Outputs;
import io.glueplatform.iam.Role;
import io.glueplatform.secrets.Secret;
import software.constructs.Construct;

/**
 * Seed 004's Kubernetes host: Docker, Minikube, Helm and ArgoCD (UI on NodePort 30080), in a private subnet behind the
 * kubernetes role group, Session Manager only. At first boot it generates the ArgoCD admin password and puts it into
 * the argocd-admin secret, the only secret its role may write (and it may read none). Addresses:
 * {@code aws_instance.hosts_kubernetes}, {@code aws_iam_role.iam_kubernetes_host}.
 */
public final class KubernetesHost extends Construct {

    private final Host host;

    public KubernetesHost(Construct scope, Naming naming, HostSize size, ServiceHostDependencies dependencies) {
        super(scope, "kubernetes_host");
        Secret adminLogin = dependencies.secrets().argocdAdmin();
        this.host = Host.builder()
                .module("hosts").role("kubernetes").description("Minikube and ArgoCD host")
                .roleName("kubernetes_host").roleDescription("Minikube + ArgoCD host (Session Manager)")
                .network(dependencies.network()).key(dependencies.key()).size(size)
                .securityGroup(dependencies.securityGroups().kubernetes())
                .userData(HostScripts.kubernetes(dependencies.network().region(), adminLogin.arn()))
                .create(this, naming);
        dependencies.secrets().grantPutValue(host.role(), adminLogin);
        Outputs.add(this, "kubernetes_host_instance_id", host.instanceId(), "Minikube + ArgoCD host");
        Outputs.add(this, "kubernetes_host_session_command", host.sessionCommand(), "Shell on the Kubernetes host (no SSH)");
        Outputs.add(this, "argocd_port_forward_command", argocdPortForwardCommand(),
                "ArgoCD UI on http://localhost:30080; admin password in the argocd-admin secret");
    }

    public Role role() {
        return host.role();
    }

    public String instanceId() {
        return host.instanceId();
    }

    public String sessionCommand() {
        return host.sessionCommand();
    }

    /** The ArgoCD UI on http://localhost:30080 through Session Manager. */
    public String argocdPortForwardCommand() {
        return host.portForwardCommand(HostScripts.ARGOCD_NODE_PORT);
    }
}
