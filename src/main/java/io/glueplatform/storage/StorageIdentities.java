package io.glueplatform.storage;

import io.glueplatform.adoption.IdentityCatalogue;

/** How existing buckets and their parts are recognised: by bucket name (make adopt, docs/migration.md). */
public final class StorageIdentities implements IdentityCatalogue.Declarations {

    /** Bucket sub-resources: one per bucket, so the bucket is their identity. */
    static final String[] BUCKET_PARTS = {"aws_s3_bucket_public_access_block", "aws_s3_bucket_ownership_controls",
            "aws_s3_bucket_versioning", "aws_s3_bucket_server_side_encryption_configuration",
            "aws_s3_bucket_lifecycle_configuration", "aws_s3_bucket_policy", "aws_s3_bucket_logging"};

    @Override
    public void declare(IdentityCatalogue catalogue) {
        catalogue.type("aws_s3_bucket").by("bucket").done();
        for (String type : BUCKET_PARTS) {
            catalogue.type(type).by("bucket").importId("", "bucket").done();
        }
        catalogue.type("aws_s3_object").by("bucket", "key").importId("/", "bucket", "key").done();
    }
}
