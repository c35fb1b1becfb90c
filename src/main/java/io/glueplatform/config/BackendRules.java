package io.glueplatform.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code backend}: where Terraform keeps state; fields of one type may not be mixed with another's. */
final class BackendRules implements SectionRules {

    @Override
    public void check(EnvironmentConfig env, Problems problems) {
        BackendConfig backend = env.backend();
        Map<String, Object> s3Fields = new LinkedHashMap<>();
        s3Fields.put("bucket", backend.bucket());
        s3Fields.put("key", backend.key());
        s3Fields.put("region", backend.region());
        s3Fields.put("kmsKeyId", backend.kmsKeyId());
        s3Fields.put("dynamodbTable", backend.dynamodbTable());
        Map<String, Object> cloudFields = new LinkedHashMap<>();
        cloudFields.put("organization", backend.organization());
        cloudFields.put("workspace", backend.workspace());
        cloudFields.put("hostname", backend.hostname());
        switch (backend.type()) {
            case LOCAL -> {
                notAllowed(problems, s3Fields, "LOCAL", "only type, or switch type to S3");
                notAllowed(problems, cloudFields, "LOCAL", "only type, or switch type to CLOUD");
            }
            case S3 -> {
                notAllowed(problems, cloudFields, "S3", "bucket, key, region, kmsKeyId, dynamodbTable, useLockfile");
                if (problems.required("backend.bucket", backend.bucket(), "the S3 bucket that holds state (create it with make bootstrap-state)")) {
                    NameRules.checkGiven(problems, "backend.bucket", AwsNameKind.S3_BUCKET, backend.bucket());
                    if (backend.bucket().length() > 51) {
                        // make bootstrap-state also creates <bucket>-access-logs for the state bucket's access logs.
                        problems.add("backend.bucket", "'" + backend.bucket() + "' is " + backend.bucket().length() + " characters; allowed: at most 51,"
                                + " so that its access-log bucket '<bucket>-access-logs' stays within S3's 63");
                    }
                }
                if (problems.required("backend.key", backend.key(), "a state object key such as glue-platform/prod.tfstate")
                        && (backend.key().startsWith("/") || backend.key().endsWith("/"))) {
                    problems.add("backend.key", Problems.show(backend.key()) + " is not allowed; allowed: a key without leading or trailing '/'");
                }
                if (problems.required("backend.region", backend.region(), "the state bucket's region, e.g. us-east-2")
                        && !RegionCatalog.isRegion(backend.region())) {
                    problems.add("backend.region", RegionCatalog.notARegion(backend.region()));
                }
                if (backend.dynamodbTable() != null) {
                    NameRules.checkGiven(problems, "backend.dynamodbTable", AwsNameKind.DYNAMODB_TABLE, backend.dynamodbTable());
                }
                if (!backend.useLockfile() && backend.dynamodbTable() == null) {
                    problems.add("backend.useLockfile", "false with no dynamodbTable leaves state unlocked; allowed: useLockfile true and/or a dynamodbTable");
                }
            }
            case CLOUD -> {
                notAllowed(problems, s3Fields, "CLOUD", "organization, workspace, hostname");
                problems.required("backend.organization", backend.organization(), "your HCP Terraform / Terraform Enterprise organization");
                if (problems.required("backend.workspace", backend.workspace(), "the workspace holding this environment's state")) {
                    NameRules.checkGiven(problems, "backend.workspace", AwsNameKind.TERRAFORM_WORKSPACE, backend.workspace());
                }
            }
        }
    }

    private static void notAllowed(Problems problems, Map<String, Object> fields, String type, String allowed) {
        fields.forEach((field, value) -> {
            if (value != null) {
                problems.add("backend." + field, "is not used by backend type " + type + "; allowed: " + allowed);
            }
        });
    }
}
