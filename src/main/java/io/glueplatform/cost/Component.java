package io.glueplatform.cost;

/** The rows of the cost table, in the order they are printed. */
public enum Component {
    EC2("EC2 instances"),
    EBS("EBS root volumes"),
    NAT("NAT gateways"),
    PUBLIC_IPV4("Public IPv4 (Elastic IPs)"),
    INTERFACE_ENDPOINTS("Interface endpoints"),
    RDS("RDS instances"),
    RDS_STORAGE("RDS storage"),
    REDSHIFT("Redshift nodes"),
    LOGS("CloudWatch Logs"),
    ECR("ECR storage"),
    SECRETS("Secrets Manager"),
    KMS("KMS keys"),
    FARGATE("ECS Fargate tasks");

    private final String label;

    Component(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
