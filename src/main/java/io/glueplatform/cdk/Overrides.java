package io.glueplatform.cdk;

import com.hashicorp.cdktf.TerraformElement;

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
}
