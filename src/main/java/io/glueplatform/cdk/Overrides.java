package io.glueplatform.cdk;

import com.hashicorp.cdktf.TerraformElement;
import com.hashicorp.cdktf.TerraformStack;

/**
 * Escape hatch for provider arguments newer than the Java bindings (generated from AWS provider 5.23.1,
 * applied with 5.100): set them by Terraform path. Every use names the argument it sets, so a binding
 * upgrade can replace them one by one.
 */
public final class Overrides {
    private Overrides() {
    }

    public static void set(TerraformElement element, String terraformPath, Object value) {
        element.addOverride(terraformPath, value);
    }

    /**
     * A top-level block the bindings cannot emit (e.g. Terraform 1.7's {@code removed}), set on the stack by
     * Terraform path.
     */
    public static void set(TerraformStack stack, String terraformPath, Object value) {
        stack.addOverride(terraformPath, value);
    }
}
