package io.glueplatform.ec2;

/**
 * Cloud-init scripts of the hosts. Terraform interpolates {@code ${...}} in these strings, so the shell
 * code avoids that syntax ({@code $var}, {@code $(cmd)} only).
 */
final class UserData {
    private UserData() {
    }

    static String toolsHost(String region, ToolsHostProps.DatabaseEndpoint db) {
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
                """.formatted(region, db.host(), db.port(), db.databaseName(), db.secretArn(), ToolsHost.CA_BUNDLE);
    }
}
