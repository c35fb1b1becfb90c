package io.glueplatform.rds;

import io.glueplatform.adoption.IdentityCatalogue;

/** How an existing database is recognised: DB identifier and group names (make adopt, docs/migration.md). */
public final class RdsIdentities implements IdentityCatalogue.Declarations {
    @Override
    public void declare(IdentityCatalogue catalogue) {
        catalogue.type("aws_db_instance").by("identifier").importId("", "identifier").done();
        catalogue.type("aws_db_subnet_group").by("name").done();
        catalogue.type("aws_db_parameter_group").by("name").done();
    }
}
