package io.glueplatform.firewall;

import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.PlatformConstruct;
import software.constructs.Construct;

import java.util.List;
import java.util.Optional;

/**
 * The six role security groups of seed 004, with the seed's ports but not its sources: web (80/443 from
 * configured web CIDRs), app (8080/3000/5000 from web only), database (3306/5432/6379 from app only),
 * bastion (22 from admin CIDRs, only when SSH is switched on), kubernetes (8443 and NodePorts) and
 * monitoring (Prometheus, Grafana, Kibana, Jaeger) from admin CIDRs. An empty CIDR list creates no rule:
 * the port is closed. Each group's module is {@code <role>_sg}, so addresses read {@code monitoring_sg_in_grafana_0}.
 */
public final class RoleSecurityGroups extends PlatformConstruct {

    /** A named port of a group; the name becomes part of each rule's address. */
    public record NamedPort(String name, PortRange ports, String description) {
    }

    public static final List<NamedPort> WEB_PORTS = List.of(
            new NamedPort("http", PortRange.tcp(80), "HTTP"),
            new NamedPort("https", PortRange.tcp(443), "HTTPS"));
    public static final List<NamedPort> APP_PORTS = List.of(
            new NamedPort("app_8080", PortRange.tcp(8080), "application HTTP"),
            new NamedPort("node_3000", PortRange.tcp(3000), "Node.js"),
            new NamedPort("flask_5000", PortRange.tcp(5000), "Flask"));
    public static final List<NamedPort> DATABASE_PORTS = List.of(
            new NamedPort("mysql", PortRange.tcp(3306), "MySQL"),
            new NamedPort("postgres", PortRange.tcp(5432), "PostgreSQL"),
            new NamedPort("redis", PortRange.tcp(6379), "Redis"));
    public static final List<NamedPort> BASTION_PORTS = List.of(
            new NamedPort("ssh", PortRange.tcp(22), "SSH"));
    public static final List<NamedPort> KUBERNETES_PORTS = List.of(
            new NamedPort("k8s_api", PortRange.tcp(8443), "Kubernetes API (Minikube)"),
            new NamedPort("nodeports", PortRange.tcp(30000, 32767), "Kubernetes NodePorts (ArgoCD UI on 30080)"));
    public static final List<NamedPort> MONITORING_PORTS = List.of(
            new NamedPort("prometheus", PortRange.tcp(9090), "Prometheus"),
            new NamedPort("grafana", PortRange.tcp(3000), "Grafana"),
            new NamedPort("kibana", PortRange.tcp(5601), "Kibana"),
            new NamedPort("jaeger", PortRange.tcp(16686), "Jaeger UI"));

    private final Firewall web;
    private final Firewall app;
    private final Firewall database;
    private final Firewall bastion;
    private final Firewall kubernetes;
    private final Firewall monitoring;

    public RoleSecurityGroups(Construct scope, Naming naming, RoleSecurityGroupsProps props) {
        super(scope, "firewalls");
        this.web = new Firewall(this, naming, "web", props.vpcId(), "Web tier: HTTP/HTTPS from the configured web CIDRs");
        this.app = new Firewall(this, naming, "app", props.vpcId(), "Application tier and ECS tasks: app ports from the web tier only");
        // No member yet: the data tier a store for the containers would join. Not the RDS instance's group, which is
        // rds_sg (rds.Database, admitting Glue and the tools host); see package-info for the two.
        this.database = new Firewall(this, naming, "database", props.vpcId(), "Data stores: MySQL/PostgreSQL/Redis from the app tier only");
        this.kubernetes = new Firewall(this, naming, "kubernetes", props.vpcId(), "Minikube host: API and NodePorts from admin CIDRs only");
        this.monitoring = new Firewall(this, naming, "monitoring", props.vpcId(), "Monitoring host: UIs from admin CIDRs only");

        fromCidrs(web, WEB_PORTS, props.webIngressCidrs(), "from web clients");
        for (NamedPort port : APP_PORTS) {
            app.allowFrom(web, port.name(), port.ports(), port.description() + " from the web tier");
        }
        for (NamedPort port : DATABASE_PORTS) {
            database.allowFrom(app, port.name(), port.ports(), port.description() + " from the app tier");
        }
        // Tasks pull images and read secrets and logs APIs over HTTPS (NAT / endpoints).
        app.allowEgress("https", PortRange.tcp(443), Firewall.Peer.cidr("0.0.0.0/0"), "HTTPS to ECR, Secrets Manager, CloudWatch and S3");
        fromCidrs(kubernetes, KUBERNETES_PORTS, props.adminCidrs(), "from admin CIDR");
        fromCidrs(monitoring, MONITORING_PORTS, props.adminCidrs(), "from admin CIDR");
        for (Firewall host : List.of(kubernetes, monitoring)) {
            host.allowEgress("https", PortRange.tcp(443), Firewall.Peer.cidr("0.0.0.0/0"),
                    "HTTPS to Session Manager, Secrets Manager, package and image registries");
        }
        if (props.sshBastion()) {
            this.bastion = new Firewall(this, naming, "bastion", props.vpcId(), "Bastion: SSH from admin CIDRs only (Session Manager preferred)");
            fromCidrs(bastion, BASTION_PORTS, props.adminCidrs(), "from admin CIDR");
            bastion.allowEgress("ssh_vpc", PortRange.tcp(22), Firewall.Peer.cidr(props.vpcCidr()), "SSH onward to hosts in the VPC");
        } else {
            this.bastion = null;
        }
    }

    /** One ingress rule per (port, CIDR); none at all for an empty list, so the port stays closed. */
    private static void fromCidrs(Firewall group, List<NamedPort> ports, List<String> cidrs, String what) {
        for (NamedPort port : ports) {
            for (int i = 0; i < cidrs.size(); i++) {
                group.allowIngress(port.name() + "_" + i, port.ports(), Firewall.Peer.cidr(cidrs.get(i)),
                        port.description() + " " + what + " " + cidrs.get(i));
            }
        }
    }

    public Firewall web() {
        return web;
    }

    public Firewall app() {
        return app;
    }

    public Firewall database() {
        return database;
    }

    /** Present only when the environment switches SSH on. */
    public Optional<Firewall> bastion() {
        return Optional.ofNullable(bastion);
    }

    public Firewall kubernetes() {
        return kubernetes;
    }

    public Firewall monitoring() {
        return monitoring;
    }
}
