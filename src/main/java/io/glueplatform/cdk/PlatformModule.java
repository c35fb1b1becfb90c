package io.glueplatform.cdk;

import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.TerraformResource;
import software.constructs.Construct;

import java.util.Map;
import java.util.function.Function;

/**
 * Base of every module construct (vpc, iam, rds, ...). Resources are added through {@link #add} so each
 * one gets its stable, readable Terraform address from {@link Naming} instead of a path hash.
 */
public abstract class PlatformModule extends PlatformConstruct {

    private final Naming naming;
    private final String module;

    protected PlatformModule(Construct scope, String module, Naming naming) {
        this(scope, module, naming, null);
    }

    /**
     * A module whose resources (and those of nested modules) use {@code provider}, e.g. the aliased
     * provider of another region or account. null: the enclosing module's provider, else the stack's default.
     */
    protected PlatformModule(Construct scope, String module, Naming naming, TerraformProvider provider) {
        this(scope, module, module, naming, provider);
    }

    /**
     * A module under construct id {@code id}: several constructs of one module (e.g. two roles of module "iam" that a
     * component creates) can then share a parent. Addresses still read {@code <module>_<role>}.
     */
    protected PlatformModule(Construct scope, String id, String module, Naming naming, TerraformProvider provider) {
        super(scope, id, provider);
        this.naming = naming;
        this.module = module;
    }

    /** Creates a resource with construct id {@code role} and Terraform address {@code <module>_<role>}. */
    protected <T extends TerraformResource> T add(String role, Function<String, T> factory) {
        return add(role, provider(), factory);
    }

    /** Like {@link #add(String, Function)} but in {@code provider}'s region/account (null: the stack default). */
    protected <T extends TerraformResource> T add(String role, TerraformProvider provider, Function<String, T> factory) {
        T resource = factory.apply(role);
        if (provider != null) {
            resource.setProvider(provider);
        }
        resource.overrideLogicalId(naming.address(module, role));
        return resource;
    }

    /** This module's provider, else the nearest enclosing platform construct's; null means the stack's default provider. */
    protected TerraformProvider provider() {
        return effectiveProvider;
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
