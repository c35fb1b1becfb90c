package io.glueplatform.iam;

import io.glueplatform.adoption.IdentityCatalogue;

/** How existing roles, policies and instance profiles are recognised: by name (make adopt, docs/migration.md). */
public final class IamIdentities implements IdentityCatalogue.Declarations {
    @Override
    public void declare(IdentityCatalogue catalogue) {
        catalogue.type("aws_iam_role").by("name").done();
        catalogue.type("aws_iam_role_policy").by("role", "name").done();
        catalogue.type("aws_iam_role_policy_attachment").by("role", "policy_arn").importId("/", "role", "policy_arn").done();
        catalogue.type("aws_iam_instance_profile").by("name").done();
        catalogue.type("aws_iam_policy").by("name").done();
    }
}
