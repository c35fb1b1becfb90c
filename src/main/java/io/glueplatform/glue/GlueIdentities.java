package io.glueplatform.glue;

import io.glueplatform.adoption.IdentityCatalogue;

/** How existing Glue resources are recognised: their names (make adopt, docs/migration.md). */
public final class GlueIdentities implements IdentityCatalogue.Declarations {
    @Override
    public void declare(IdentityCatalogue catalogue) {
        catalogue.type("aws_glue_job").by("name").done();
        catalogue.type("aws_glue_connection").by("name").done();
        catalogue.type("aws_glue_crawler").by("name").done();
        catalogue.type("aws_glue_catalog_database").by("name").done();
        catalogue.type("aws_glue_security_configuration").by("name").done();
        catalogue.type("aws_glue_trigger").by("name").done();
        catalogue.type("aws_glue_workflow").by("name").done();
    }
}
