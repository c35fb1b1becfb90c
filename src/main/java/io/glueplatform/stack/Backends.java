package io.glueplatform.stack;

import com.hashicorp.cdktf.CloudBackend;
import com.hashicorp.cdktf.CloudBackendConfig;
import com.hashicorp.cdktf.LocalBackend;
import com.hashicorp.cdktf.LocalBackendConfig;
import com.hashicorp.cdktf.NamedCloudWorkspace;
import com.hashicorp.cdktf.S3Backend;
import com.hashicorp.cdktf.S3BackendConfig;
import com.hashicorp.cdktf.TerraformStack;
import io.glueplatform.config.BackendConfig;

/**
 * Where a stack keeps its state. Only the AWS target uses the environment's configured backend: the
 * offline and emulator targets always keep local state of their own, so neither can touch real state.
 */
final class Backends {
    private Backends() {
    }

    static void configure(TerraformStack stack, String stackName, BackendConfig backend, DeploymentTarget target) {
        if (target != DeploymentTarget.AWS) {
            local(stack, target.stateFile(stackName));
            return;
        }
        switch (backend.type()) {
            case LOCAL -> local(stack, target.stateFile(stackName));
            case S3 -> {
                new S3Backend(stack, S3BackendConfig.builder()
                        .bucket(backend.bucket())
                        .key(backend.key())
                        .region(backend.region())
                        .encrypt(true)
                        .kmsKeyId(backend.kmsKeyId())
                        .dynamodbTable(backend.dynamodbTable())
                        .build());
                if (backend.useLockfile()) {
                    // Terraform >= 1.10 native S3 locking; newer than the cdktf 0.19 backend bindings.
                    stack.addOverride("terraform.backend.s3.use_lockfile", true);
                }
            }
            case CLOUD -> new CloudBackend(stack, CloudBackendConfig.builder()
                    .organization(backend.organization())
                    .hostname(backend.hostname())
                    .workspaces(new NamedCloudWorkspace(backend.workspace()))
                    .build());
        }
    }

    /** Relative to cdktf.out/stacks/&lt;stack&gt;/: lands in the repository's terraform-state/. */
    static void local(TerraformStack stack, String stateFile) {
        new LocalBackend(stack, LocalBackendConfig.builder().path("../../../terraform-state/" + stateFile).build());
    }
}
