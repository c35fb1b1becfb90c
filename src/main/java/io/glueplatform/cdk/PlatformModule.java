package io.glueplatform.cdk;

import com.hashicorp.cdktf.TerraformResource;
import software.constructs.Construct;

import java.util.Map;
import java.util.function.Function;

/**
 * Base of every module construct (vpc, iam, rds, ...). Resources are added through {@link #add} so each
 * one gets its stable, readable Terraform address from {@link Naming} instead of a path hash.
 */
public abstract class PlatformModule extends Construct {

    private final Naming naming;
    private final String module;

    protected PlatformModule(Construct scope, String module, Naming naming) {
        super(scope, module);
        this.naming = naming;
        this.module = module;
    }

    /** Creates a resource with construct id {@code role} and Terraform address {@code <module>_<role>}. */
    protected <T extends TerraformResource> T add(String role, Function<String, T> factory) {
        T resource = factory.apply(role);
        resource.overrideLogicalId(naming.address(module, role));
        return resource;
    }

    protected String resourceName(String role) {
        return naming.resourceName(module, role);
    }

    protected Map<String, String> tags(String role) {
        return naming.tags(module, role);
    }

    protected Naming naming() {
        return naming;
    }

    public String moduleName() {
        return module;
    }
}
