package io.glueplatform.glue;

import io.glueplatform.cdk.Required;
import io.glueplatform.iam.Role;
import io.glueplatform.vpc.SubnetRef;

import java.util.function.Consumer;

/**
 * A JDBC store outside the platform's own database as the Glue pipeline sees it, handed over typed by the component
 * that owns the store ({@code CrossRegionStore.asGlueStore()}, {@code PeeredStore.asGlueStore()}): the pipeline
 * creates its Glue JDBC connection ({@code glue_<kind>}), the Glue security group's egress to it, and lets the store
 * grant the job role read access to its secret.
 *
 * @param kind         which store a manifest's {@code ${connection:<kind>}} means; required
 * @param description  shown in the console; required
 * @param endpoint     where and with which secret Glue connects; required
 * @param placement    where the connection sits and where the Glue group may send; required
 * @param secretReader lets a role read the store's secret (the grant comes from the store); required
 */
public record GlueStore(StoreKind kind, String description, Endpoint endpoint, Placement placement, Consumer<Role> secretReader) {

    /**
     * @param jdbcUrl   URL without credentials
     * @param port      the store's port
     * @param secretArn secret in the Glue region holding {"username","password"}
     */
    public record Endpoint(String jdbcUrl, int port, String secretArn) {
        public Endpoint {
            Required.all("glue store endpoint", "jdbcUrl", jdbcUrl, "secretArn", secretArn);
        }
    }

    /**
     * @param egressCidr      where the Glue security group may send on the store's port (the store's EIP /32 or its VPC)
     * @param subnet          where the connection is placed; null: the Glue VPC's first private subnet
     * @param securityGroupId the connection's security group when {@code subnet} is given (in that subnet's VPC);
     *                        null: the Glue security group
     */
    public record Placement(String egressCidr, SubnetRef subnet, String securityGroupId) {
        public Placement {
            Required.value(egressCidr, "glue store placement", "egressCidr");
            if ((subnet == null) != (securityGroupId == null)) {
                throw new IllegalArgumentException("glue store placement: a connection in another subnet needs a security group of that VPC");
            }
        }
    }

    public GlueStore {
        Required.all("glue store", "kind", kind, "description", description, "endpoint", endpoint);
        Required.all("glue store " + kind, "placement", placement, "secretReader", secretReader);
    }

    /** Lets the Glue job role read the store's secret. */
    void grantSecretRead(Role role) {
        secretReader.accept(role);
    }
}
