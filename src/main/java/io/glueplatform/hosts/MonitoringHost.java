package io.glueplatform.hosts;

import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.Outputs;
import io.glueplatform.iam.Role;
import io.glueplatform.secrets.Secret;
import software.constructs.Construct;

/**
 * Seed 004's monitoring host: Prometheus, Pushgateway, Grafana, ELK, Jaeger, the CloudWatch exporter, node exporter and
 * cAdvisor as one compose project, in a private subnet behind the monitoring role group, Session Manager only. At first
 * boot it generates the Grafana admin password into the grafana-admin secret (the only secret its role may write); its
 * role may also read CloudWatch metrics for the exporter. Addresses: {@code aws_instance.hosts_monitoring},
 * {@code aws_iam_role.iam_monitoring_host}.
 */
public final class MonitoringHost extends Construct {

    private final Host host;

    public MonitoringHost(Construct scope, Naming naming, HostSize size, ServiceHostDependencies dependencies) {
        super(scope, "monitoring_host");
        Secret adminLogin = dependencies.secrets().grafanaAdmin();
        this.host = Host.builder()
                .module("hosts").role("monitoring").description("Prometheus, Grafana, ELK and Jaeger host")
                .roleName("monitoring_host").roleDescription("Monitoring host (Session Manager)")
                .network(dependencies.network()).key(dependencies.key()).size(size)
                .securityGroup(dependencies.securityGroups().monitoring())
                .userData(HostScripts.monitoring(dependencies.network().region(), adminLogin.arn()))
                .create(this, naming);
        dependencies.secrets().grantPutValue(host.role(), adminLogin);
        host.role().grant("cloudwatch_read", HostScripts.cloudWatchExporterStatements());
        Outputs.add(this, "monitoring_host_instance_id", host.instanceId(), "Monitoring host");
        Outputs.add(this, "monitoring_host_session_command", host.sessionCommand(), "Shell on the monitoring host (no SSH)");
        Outputs.add(this, "grafana_port_forward_command", grafanaPortForwardCommand(),
                "Grafana on http://localhost:3000; admin password in the grafana-admin secret");
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

    /** Grafana on http://localhost:3000 through Session Manager. */
    public String grafanaPortForwardCommand() {
        return host.portForwardCommand(HostScripts.GRAFANA_PORT);
    }
}
