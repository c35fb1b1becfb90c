package io.glueplatform.glue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The JDBC stores a Glue job can read or write, as a manifest names them ({@code ${connection:<name>}}, the lower-case
 * constant): the platform's MySQL, the cross-region Redshift (connectivity.crossRegionStore) and the peered PostgreSQL
 * (connectivity.peeredVpc). A job is linked to a store by this type, never by a free string.
 */
public enum StoreKind {
    MYSQL,
    REDSHIFT,
    POSTGRES;

    /** The name in manifests, in the Glue connection's address ({@code glue_<name>}) and in output names. */
    public String connectionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The store a manifest's {@code ${connection:<name>}} names; empty when no store has that name. */
    public static Optional<StoreKind> byConnectionName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.connectionName().equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return connectionName();
    }
}
