package io.glueplatform.hosts;

import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.Outputs;
import software.constructs.Construct;

/**
 * Seed 004's monitoring host: Prometheus, Pushgateway, Grafana, ELK, Jaeger, the CloudWatch exporter, node exporter and
 * cAdvisor as one compose project, in a private subnet behind the monitoring role group, Session Manager only. At first
 * boot it generates the Grafana admin password into the grafana-admin secret; its role may also read CloudWatch
 * metrics for the exporter. Addresses: {@code aws_instance.hosts_monitoring}, {@code aws_iam_role.iam_monitoring_host},
 * {@code aws_iam_instance_profile.hosts_monitoring}.
 */
public final class MonitoringHost extends ServiceHost {

    public MonitoringHost(Construct scope, Naming naming, HostSize size, ServiceHostDependencies dependencies) {
        super(scope, "monitoring_host", naming, dependencies, Host.builder()
                        .role("monitoring").description("Prometheus, Grafana, ELK and Jaeger host").size(size)
                        .roleName("monitoring_host").roleDescription("Monitoring host (Session Manager)")
                        .securityGroup(dependencies.securityGroups().monitoring()),
                dependencies.secrets().grafanaAdmin(), HostScripts::monitoring);
        role().grant("cloudwatch_read", HostScripts.cloudWatchExporterStatements());
        sessionOutputs("Monitoring host", "Shell on the monitoring host (no SSH)");
        Outputs.add(this, "grafana_port_forward_command", grafanaPortForwardCommand(),
                "Grafana on http://localhost:3000; admin password in the grafana-admin secret");
    }

    /** Grafana on http://localhost:3000 through Session Manager. */
    public String grafanaPortForwardCommand() {
        return portForwardCommand(HostScripts.GRAFANA_PORT);
    }
}
