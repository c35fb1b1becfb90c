package io.glueplatform.checks.rules.s3;

import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.model.Resource;

import java.util.Objects;
import java.util.Optional;

/** Since AWS provider 4, a bucket's settings are separate resources that name it in {@code bucket}. */
final class Buckets {
    private Buckets() {
    }

    /** The resource of {@code type} configuring {@code bucket}: by reference to it, or by its literal name. */
    static Optional<Resource> attached(StackModel model, Resource bucket, String type) {
        String name = bucket.text("bucket");
        return model.document().resources(type).values().stream()
                .filter(r -> bucket.address().equals(r.ref("bucket")) || (name != null && Objects.equals(name, r.text("bucket"))))
                .findFirst();
    }
}
