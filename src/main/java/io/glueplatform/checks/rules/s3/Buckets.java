package io.glueplatform.checks.rules.s3;

import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

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

    /** FAIL when no resource of {@code type} configures the bucket, else PASS when {@code compliant} holds for it. */
    static Verdict judge(StackModel model, Resource bucket, String type, Predicate<Resource> compliant, String problem) {
        return attached(model, bucket, type).map(c -> Verdict.when(compliant.test(c), problem))
                .orElseGet(() -> Verdict.fail("no " + type + " configures this bucket"));
    }
}
