package io.glueplatform.kms;

import io.glueplatform.adoption.IdentityCatalogue;

import static io.glueplatform.adoption.IdentityCatalogue.inbound;

/** How an existing environment key is recognised (make adopt, docs/migration.md). */
public final class KmsIdentities implements IdentityCatalogue.Declarations {
    @Override
    public void declare(IdentityCatalogue catalogue) {
        catalogue.type("aws_kms_alias").by("name").done();
        // A key has no name of its own: it is the key its alias targets, else the one with our description.
        catalogue.type("aws_kms_key").by(inbound("aws_kms_alias", "target_key_id", "name")).by("description").thenByNameTag().done();
    }
}
