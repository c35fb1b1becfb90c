package io.glueplatform.glue;

import io.glueplatform.cdk.Required;
import io.glueplatform.iam.Role;
import io.glueplatform.vpc.SubnetRef;

import java.util.function.Consumer;

/**
 * A JDBC store outside the platform's own database as the Glue pipeline sees it, handed over by the component that
 * owns the store ({@code CrossRegionStore.asGlueStore()}, {@code PeeredStore.asGlueStore()}): the pipeline creates
 * its Glue JDBC connection ({@code glue_<kind>}), the Glue security group's egress to it and lets the job role read
 * its secret. Built with {@link #builder(StoreKind)}; required: description, jdbcUrl, secretArn, port, egressCidr,
 * secretReader. Default placement: the Glue VPC's first private subnet with the Glue security group.
 */
public final class GlueStore {

    private final StoreKind kind;
    private final String description;
    private final String jdbcUrl;
    private final String secretArn;
    private final int port;
    private final String egressCidr;
    private final SubnetRef subnet;
    private final String securityGroupId;
    private final Consumer<Role> secretReader;

    private GlueStore(Builder builder) {
        String component = "glue store " + builder.kind;
        this.kind = builder.kind;
        this.description = Required.value(builder.description, component, "description");
        this.jdbcUrl = Required.value(builder.jdbcUrl, component, "jdbcUrl");
        this.secretArn = Required.value(builder.secretArn, component, "secretArn");
        this.port = Required.value(builder.port, component, "port");
        this.egressCidr = Required.value(builder.egressCidr, component, "egressCidr");
        this.secretReader = Required.value(builder.secretReader, component, "secretReader");
        this.subnet = builder.subnet;
        this.securityGroupId = builder.securityGroupId;
    }

    public static Builder builder(StoreKind kind) {
        return new Builder(Required.value(kind, "glue store", "kind"));
    }

    public StoreKind kind() {
        return kind;
    }

    /** Shown in the console. */
    public String description() {
        return description;
    }

    /** URL without credentials. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Secret in the Glue region holding {"username","password"}. */
    public String secretArn() {
        return secretArn;
    }

    public int port() {
        return port;
    }

    /** Where the Glue security group may send on {@link #port()} (the store's EIP /32 or its VPC). */
    public String egressCidr() {
        return egressCidr;
    }

    /** Where the connection is placed; null: the Glue VPC's first private subnet. */
    public SubnetRef subnet() {
        return subnet;
    }

    /** The connection's security group when {@link #subnet()} is given (in that subnet's VPC); null: the Glue group. */
    public String securityGroupId() {
        return securityGroupId;
    }

    /** Lets the Glue job role read the store's secret (the grant comes from the store that owns the secret). */
    void grantSecretRead(Role role) {
        secretReader.accept(role);
    }

    public static final class Builder {
        private final StoreKind kind;
        private String description;
        private String jdbcUrl;
        private String secretArn;
        private Integer port;
        private String egressCidr;
        private SubnetRef subnet;
        private String securityGroupId;
        private Consumer<Role> secretReader;

        private Builder(StoreKind kind) {
            this.kind = kind;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder jdbcUrl(String jdbcUrl) {
            this.jdbcUrl = jdbcUrl;
            return this;
        }

        public Builder secretArn(String secretArn) {
            this.secretArn = secretArn;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder egressCidr(String egressCidr) {
            this.egressCidr = egressCidr;
            return this;
        }

        /** Places the connection in another VPC's subnet, with a security group of that VPC. */
        public Builder placement(SubnetRef subnet, String securityGroupId) {
            if ((subnet == null) != (securityGroupId == null)) {
                throw new IllegalArgumentException("glue store " + kind + ": a connection in another subnet needs a security group of that VPC");
            }
            this.subnet = subnet;
            this.securityGroupId = securityGroupId;
            return this;
        }

        public Builder secretReader(Consumer<Role> secretReader) {
            this.secretReader = secretReader;
            return this;
        }

        public GlueStore build() {
            return new GlueStore(this);
        }
    }
}
