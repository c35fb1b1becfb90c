package io.glueplatform.secrets;

import io.glueplatform.adoption.IdentityCatalogue;

/** How existing secrets are recognised: by name (make adopt, docs/migration.md). */
public final class SecretIdentities implements IdentityCatalogue.Declarations {
    @Override
    public void declare(IdentityCatalogue catalogue) {
        catalogue.type("aws_secretsmanager_secret").by("name").done();
    }
}
