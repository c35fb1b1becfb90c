package io.glueplatform.hosts;

import io.glueplatform.adoption.IdentityCatalogue;

/**
 * How existing hosts are recognised (make adopt, docs/migration.md). An instance has no name: it is the one
 * launched from the matched launch template, else the one with our Name tag.
 */
public final class HostIdentities implements IdentityCatalogue.Declarations {
    @Override
    public void declare(IdentityCatalogue catalogue) {
        catalogue.type("aws_launch_template").by("name").done();
        catalogue.type("aws_instance").by("launch_template.id").thenByNameTag().done();
    }
}
