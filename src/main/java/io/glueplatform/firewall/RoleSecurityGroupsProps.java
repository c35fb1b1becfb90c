package io.glueplatform.firewall;

import java.util.List;

/**
 * What the role security groups need: the VPC (required) and the sources of their ports (default none: closed).
 * Built with {@link #builder()}, so the two VPC strings and the two CIDR lists are always named.
 */
public final class RoleSecurityGroupsProps {

    private final String vpcId;
    private final String vpcCidr;
    private final List<String> adminCidrs;
    private final List<String> webIngressCidrs;
    private final boolean sshBastion;

    private RoleSecurityGroupsProps(Builder builder) {
        this.vpcId = required(builder.vpcId, "vpcId");
        this.vpcCidr = required(builder.vpcCidr, "vpcCidr");
        this.adminCidrs = List.copyOf(builder.adminCidrs);
        this.webIngressCidrs = List.copyOf(builder.webIngressCidrs);
        this.sshBastion = builder.sshBastion;
        for (String cidr : adminCidrs) {
            if (cidr.endsWith("/0")) {
                throw new IllegalArgumentException("firewalls: admin CIDR " + cidr + " opens admin ports to the whole internet;"
                        + " allowed: specific ranges, or none (closed)");
            }
        }
    }

    private static String required(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("firewalls: the role security groups need " + field + " (the VPC they belong to)");
        }
        return value;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** VPC of the groups. */
    public String vpcId() {
        return vpcId;
    }

    /** Where the bastion may open SSH to. */
    public String vpcCidr() {
        return vpcCidr;
    }

    /** Sources of the admin ports (bastion SSH, Kubernetes API/NodePorts, monitoring UIs); empty: closed, never world-open. */
    public List<String> adminCidrs() {
        return adminCidrs;
    }

    /** Sources of HTTP/HTTPS on the web group; empty: closed. */
    public List<String> webIngressCidrs() {
        return webIngressCidrs;
    }

    /** Whether the bastion group exists at all; default off (Session Manager is the way in). */
    public boolean sshBastion() {
        return sshBastion;
    }

    public static final class Builder {
        private String vpcId;
        private String vpcCidr;
        private List<String> adminCidrs = List.of();
        private List<String> webIngressCidrs = List.of();
        private boolean sshBastion;

        private Builder() {
        }

        public Builder vpcId(String vpcId) {
            this.vpcId = vpcId;
            return this;
        }

        public Builder vpcCidr(String vpcCidr) {
            this.vpcCidr = vpcCidr;
            return this;
        }

        public Builder adminCidrs(List<String> adminCidrs) {
            this.adminCidrs = list(adminCidrs, "adminCidrs");
            return this;
        }

        public Builder webIngressCidrs(List<String> webIngressCidrs) {
            this.webIngressCidrs = list(webIngressCidrs, "webIngressCidrs");
            return this;
        }

        public Builder sshBastion(boolean sshBastion) {
            this.sshBastion = sshBastion;
            return this;
        }

        private static List<String> list(List<String> cidrs, String field) {
            if (cidrs == null) {
                throw new IllegalArgumentException("firewalls: " + field + " is null; give a list of CIDRs, or an empty one (closed)");
            }
            return cidrs;
        }

        public RoleSecurityGroupsProps build() {
            return new RoleSecurityGroupsProps(this);
        }
    }
}
