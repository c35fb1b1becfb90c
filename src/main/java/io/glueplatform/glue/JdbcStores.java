package io.glueplatform.glue;

import io.glueplatform.rds.Database;

import java.util.ArrayList;
import java.util.List;

/**
 * The JDBC stores Glue jobs may use, each handed over typed by the component that owns it.
 *
 * @param database the platform's MySQL; null: none (no MySQL connection)
 * @param external stores outside the Glue VPC (cross-region Redshift, peered PostgreSQL); null: none
 */
public record JdbcStores(Database database, List<GlueStore> external) {

    public JdbcStores {
        external = external == null ? List.of() : List.copyOf(external);
    }

    /** Every store's kind: MySQL first when there is a database, then the external ones in order. */
    public List<StoreKind> kinds() {
        List<StoreKind> kinds = new ArrayList<>();
        if (database != null) {
            kinds.add(StoreKind.MYSQL);
        }
        external.forEach(store -> kinds.add(store.kind()));
        return kinds;
    }
}
