package io.glueplatform.containers;

import io.glueplatform.adoption.IdentityCatalogue;

/** How existing container resources are recognised (make adopt, docs/migration.md). */
public final class ContainerIdentities implements IdentityCatalogue.Declarations {
    @Override
    public void declare(IdentityCatalogue catalogue) {
        catalogue.type("aws_ecr_repository").by("name").done();
        catalogue.type("aws_ecr_lifecycle_policy").by("repository").importId("", "repository").done();
        catalogue.type("aws_ecs_cluster").by("name").done();
        catalogue.type("aws_ecs_cluster_capacity_providers").by("cluster_name").done();
        catalogue.type("aws_ecs_service").by("cluster", "name").done();
        catalogue.type("aws_ecs_task_definition").by("family").done();
    }
}
