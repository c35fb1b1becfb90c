package io.glueplatform.hosts;

import io.glueplatform.iam.PolicyStatement;
import io.glueplatform.rds.Database;

import java.util.List;

/**
 * First-boot scripts of the hosts. Terraform interpolates {@code ${...}} and {@code %{...}} in these
 * strings, so the shell, YAML and Logstash text below never uses either ({@code $var}, {@code $(cmd)}
 * only); the only interpolations are the references the components put in (secret ARNs, the database
 * address). No script holds a password: the tools host fetches the database's at run time, and admin
 * passwords are generated here with {@code openssl rand} at first boot and written to the host's own
 * secret with {@code put-secret-value --secret-string file://...}, so they never appear in Terraform,
 * argv or logs.
 */
public final class HostScripts {

    /** Ports the monitoring host publishes (as in seed 004); the security group opens only the UIs. */
    public static final List<Integer> MONITORING_PORTS = List.of(9090, 9091, 3000, 9200, 5044, 5601, 16686, 9106, 9100, 8080);
    public static final int ARGOCD_NODE_PORT = 30080;
    public static final int GRAFANA_PORT = 3000;
    /** Where the RDS CA bundle is kept on the tools host, for --ssl-verify-server-cert. */
    static final String RDS_CA_BUNDLE = "/etc/pki/rds/global-bundle.pem";

    private HostScripts() {
    }

    /**
     * The tools host: a TLS MySQL client and {@code /home/ssm-user/connect_to_rds.sh}, which fetches the RDS-managed
     * secret at run time (never stored on the host) and verifies the server against the RDS CA bundle.
     */
    static String toolsHost(String region, Database db) {
        return """
                #!/bin/bash
                # Tools host bootstrap: MySQL client with TLS and a connect script that never stores the password.
                set -euo pipefail
                dnf install -y mariadb105 jq
                mkdir -p /etc/pki/rds /home/ssm-user
                curl -fsS --retry 5 -o %6$s https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem
                cat > /usr/local/bin/connect_to_rds <<'SCRIPT'
                #!/bin/bash
                # Opens a TLS session to the platform database with the RDS-managed master secret.
                # The password is fetched at run time and passed through MYSQL_PWD, never argv or disk.
                set -euo pipefail
                secret=$(aws secretsmanager get-secret-value --region %1$s --secret-id '%5$s' --query SecretString --output text)
                user=$(jq -r .username <<<"$secret")
                MYSQL_PWD=$(jq -r .password <<<"$secret")
                export MYSQL_PWD
                exec mysql --host=%2$s --port=%3$s --user="$user" --ssl --ssl-ca=%6$s --ssl-verify-server-cert %4$s "$@"
                SCRIPT
                chmod 755 /usr/local/bin/connect_to_rds
                ln -sf /usr/local/bin/connect_to_rds /home/ssm-user/connect_to_rds.sh
                """.formatted(region, db.address(), db.port(), db.databaseName(), db.secretArn(), RDS_CA_BUNDLE);
    }

    /** Writes {"username":"admin","password":<generated>} into a secret through a root-only temp file. */
    private static final String STORE_PASSWORD = """
            store_admin_password() {  # <secret arn> <password>
              local file
              file=$(mktemp /root/admin-secret.XXXXXX)
              printf '{"username":"admin","password":"%s"}' "$2" > "$file"
              aws secretsmanager put-secret-value --region @@REGION@@ --secret-id "$1" --secret-string "file://$file" >/dev/null
              shred -u "$file"
            }
            """;

    /**
     * Docker, Minikube (docker driver, 1536 MB, 1 CPU: below Minikube's 2 CPU / 1800 MB minimums, hence --force on
     * a t3.small), Helm, ArgoCD with its UI on NodePort 30080 (published on the host), admin password generated here.
     */
    public static String kubernetes(String region, String argocdSecretArn) {
        return """
                #!/bin/bash
                # Kubernetes host (seed 004): Docker, Minikube, Helm and ArgoCD. Reached through Session Manager only.
                set -euo pipefail
                exec > >(tee -a /var/log/platform-bootstrap.log) 2>&1
                umask 022
                dnf install -y docker conntrack-tools httpd-tools jq tar
                systemctl enable --now docker
                usermod -aG docker ec2-user
                curl -fsSLo /usr/local/bin/minikube https://storage.googleapis.com/minikube/releases/latest/minikube-linux-amd64
                curl -fsSLo /usr/local/bin/kubectl "https://dl.k8s.io/release/$(curl -fsSL https://dl.k8s.io/release/stable.txt)/bin/linux/amd64/kubectl"
                chmod 755 /usr/local/bin/minikube /usr/local/bin/kubectl
                curl -fsSL https://raw.githubusercontent.com/helm/helm/main/scripts/get-helm-3 | HELM_INSTALL_DIR=/usr/local/bin bash
                as_user() { runuser -u ec2-user -- env HOME=/home/ec2-user PATH=/usr/local/bin:/usr/bin:/bin "$@"; }
                # Minikube refuses to run as root with the docker driver; 8443 (API) and 30080 (ArgoCD) are published on the host.
                as_user minikube start --driver=docker --memory=1536 --cpus=1 --force --listen-address=0.0.0.0 --ports=8443:8443,30080:30080
                k() { as_user kubectl "$@"; }
                k create namespace argocd
                k apply -n argocd -f https://raw.githubusercontent.com/argoproj/argo-cd/stable/manifests/install.yaml
                k -n argocd patch service argocd-server -p '{"spec":{"type":"NodePort","ports":[{"name":"http","port":80,"targetPort":8080,"nodePort":30080,"protocol":"TCP"}]}}'
                k -n argocd wait --for=condition=available deployment/argocd-server --timeout=900s
                @@STORE@@
                # The admin password is generated here, set as a bcrypt hash, and kept only in Secrets Manager.
                password=$(openssl rand -base64 30 | tr -d '/+=\\n' | cut -c1-24)
                hash=$(printf '%s' "$password" | htpasswd -niBC 10 admin | cut -d: -f2 | sed 's/^[$]2y/$2a/')
                k -n argocd patch secret argocd-secret -p "{\\"stringData\\":{\\"admin.password\\":\\"$hash\\",\\"admin.passwordMtime\\":\\"$(date -u +%FT%TZ)\\"}}"
                k -n argocd delete secret argocd-initial-admin-secret --ignore-not-found
                store_admin_password '@@SECRET@@' "$password"
                unset password hash
                echo "ArgoCD ready on NodePort @@NODEPORT@@; admin password in Secrets Manager"
                """.replace("@@STORE@@", STORE_PASSWORD.strip())
                .replace("@@REGION@@", region)
                .replace("@@SECRET@@", argocdSecretArn)
                .replace("@@NODEPORT@@", String.valueOf(ARGOCD_NODE_PORT));
    }

    /**
     * Prometheus, Pushgateway, Grafana, Elasticsearch/Logstash/Kibana, Jaeger, CloudWatch exporter, node exporter
     * and cAdvisor as one compose project, with the seed's ports; the Grafana admin password is generated here.
     */
    public static String monitoring(String region, String grafanaSecretArn) {
        return """
                #!/bin/bash
                # Monitoring host (seed 004): one docker compose project in /opt/monitoring. Session Manager only.
                set -euo pipefail
                exec > >(tee -a /var/log/platform-bootstrap.log) 2>&1
                dnf install -y docker
                systemctl enable --now docker
                mkdir -p /usr/local/lib/docker/cli-plugins /opt/monitoring
                curl -fsSLo /usr/local/lib/docker/cli-plugins/docker-compose https://github.com/docker/compose/releases/download/v2.29.7/docker-compose-linux-x86_64
                chmod 755 /usr/local/lib/docker/cli-plugins/docker-compose
                echo 'vm.max_map_count=262144' > /etc/sysctl.d/99-elasticsearch.conf
                sysctl -w vm.max_map_count=262144
                cd /opt/monitoring
                @@STORE@@
                umask 077
                password=$(openssl rand -base64 30 | tr -d '/+=\\n' | cut -c1-24)
                printf 'GF_SECURITY_ADMIN_USER=admin\\nGF_SECURITY_ADMIN_PASSWORD=%s\\n' "$password" > grafana.env
                store_admin_password '@@SECRET@@' "$password"
                unset password
                umask 022
                cat > prometheus.yml <<'YAML'
                global: {scrape_interval: 30s}
                scrape_configs:
                  - job_name: prometheus
                    static_configs: [{targets: ['localhost:9090']}]
                  - job_name: pushgateway
                    honor_labels: true
                    static_configs: [{targets: ['pushgateway:9091']}]
                  - job_name: cadvisor
                    static_configs: [{targets: ['cadvisor:8080']}]
                  - job_name: host
                    static_configs: [{targets: ['host.docker.internal:9100', 'host.docker.internal:9106']}]
                YAML
                cat > cloudwatch.yml <<'YAML'
                region: @@REGION@@
                period_seconds: 300
                metrics:
                  - {aws_namespace: AWS/EC2, aws_metric_name: CPUUtilization, aws_dimensions: [InstanceId], aws_statistics: [Average]}
                  - {aws_namespace: AWS/ECS, aws_metric_name: CPUUtilization, aws_dimensions: [ClusterName, ServiceName], aws_statistics: [Average]}
                  - {aws_namespace: AWS/S3, aws_metric_name: BucketSizeBytes, aws_dimensions: [BucketName, StorageType], aws_statistics: [Average], period_seconds: 86400}
                  - {aws_namespace: Glue, aws_metric_name: glue.driver.aggregate.elapsedTime, aws_dimensions: [JobName, JobRunId, Type], aws_statistics: [Sum]}
                YAML
                cat > grafana-datasources.yml <<'YAML'
                apiVersion: 1
                datasources:
                  - {name: Prometheus, type: prometheus, url: 'http://prometheus:9090', isDefault: true}
                  - {name: Elasticsearch, type: elasticsearch, url: 'http://elasticsearch:9200', jsonData: {index: platform-logs, timeField: '@timestamp'}}
                  - {name: Jaeger, type: jaeger, url: 'http://jaeger:16686'}
                YAML
                cat > logstash.conf <<'CONF'
                input { beats { port => 5044 } }
                output { elasticsearch { hosts => ["http://elasticsearch:9200"] index => "platform-logs" } }
                CONF
                cat > docker-compose.yml <<'YAML'
                x-defaults: &defaults {restart: unless-stopped}
                services:
                  prometheus:
                    <<: *defaults
                    image: prom/prometheus:v2.54.1
                    ports: ['9090:9090']
                    extra_hosts: ['host.docker.internal:host-gateway']
                    command: ['--config.file=/etc/prometheus/prometheus.yml', '--storage.tsdb.retention.time=15d']
                    volumes: ['./prometheus.yml:/etc/prometheus/prometheus.yml:ro', 'prometheus:/prometheus']
                  pushgateway: {<<: *defaults, image: 'prom/pushgateway:v1.9.0', ports: ['9091:9091']}
                  grafana:
                    <<: *defaults
                    image: grafana/grafana:11.2.0
                    ports: ['3000:3000']
                    env_file: grafana.env
                    volumes: ['grafana:/var/lib/grafana', './grafana-datasources.yml:/etc/grafana/provisioning/datasources/platform.yml:ro']
                  elasticsearch:
                    <<: *defaults
                    image: docker.elastic.co/elasticsearch/elasticsearch:8.15.1
                    environment: ['discovery.type=single-node', 'xpack.security.enabled=false', 'ES_JAVA_OPTS=-Xms256m -Xmx256m']
                    ports: ['127.0.0.1:9200:9200']
                    volumes: ['elasticsearch:/usr/share/elasticsearch/data']
                  logstash:
                    <<: *defaults
                    image: docker.elastic.co/logstash/logstash:8.15.1
                    environment: ['LS_JAVA_OPTS=-Xms256m -Xmx256m']
                    ports: ['5044:5044']
                    volumes: ['./logstash.conf:/usr/share/logstash/pipeline/logstash.conf:ro']
                  kibana:
                    <<: *defaults
                    image: docker.elastic.co/kibana/kibana:8.15.1
                    environment: ['ELASTICSEARCH_HOSTS=http://elasticsearch:9200']
                    ports: ['5601:5601']
                  jaeger: {<<: *defaults, image: 'jaegertracing/all-in-one:1.60', ports: ['16686:16686', '4317:4317', '4318:4318']}
                  # Host network: reaches IMDS (hop limit 1) for the instance role's credentials; listens on 9106.
                  cloudwatch-exporter:
                    <<: *defaults
                    image: prom/cloudwatch-exporter:v0.16.0
                    network_mode: host
                    volumes: ['./cloudwatch.yml:/config/config.yml:ro']
                  node-exporter:
                    <<: *defaults
                    image: prom/node-exporter:v1.8.2
                    network_mode: host
                    pid: host
                    command: ['--path.rootfs=/host']
                    volumes: ['/:/host:ro,rslave']
                  cadvisor:
                    <<: *defaults
                    image: gcr.io/cadvisor/cadvisor:v0.49.1
                    privileged: true
                    ports: ['8080:8080']
                    volumes: ['/:/rootfs:ro', '/var/run:/var/run:ro', '/sys:/sys:ro', '/var/lib/docker/:/var/lib/docker:ro']
                volumes: {prometheus: {}, grafana: {}, elasticsearch: {}}
                YAML
                docker compose up -d
                echo "Monitoring stack started; Grafana admin password in Secrets Manager"
                """.replace("@@STORE@@", STORE_PASSWORD.strip())
                .replace("@@REGION@@", region)
                .replace("@@SECRET@@", grafanaSecretArn);
    }

    /** What the CloudWatch exporter calls; these APIs have no resource-level permissions (AWS documents "*"). */
    public static List<PolicyStatement> cloudWatchExporterStatements() {
        return List.of(PolicyStatement.allow("ReadCloudWatchMetrics",
                List.of("cloudwatch:GetMetricData", "cloudwatch:GetMetricStatistics", "cloudwatch:ListMetrics", "tag:GetResources"),
                List.of("*")));
    }
}
