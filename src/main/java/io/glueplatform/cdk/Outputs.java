package io.glueplatform.cdk;

import com.hashicorp.cdktf.TerraformOutput;
import com.hashicorp.cdktf.TerraformOutputConfig;
import software.constructs.Construct;

/**
 * Stack outputs declared by the component that owns the value. CDKTF names an output after its construct
 * path, so an output declared inside a component would get a hashed name; {@code terraform output},
 * {@code cdktf output} and scripts read these names, so each keeps exactly the name it is given, wherever it
 * is declared.
 */
public final class Outputs {

    private Outputs() {
    }

    /** Declares output {@code name}; names are unique per stack (CDKTF refuses a second one with the same id in a scope). */
    public static void add(Construct scope, String name, Object value, String description) {
        TerraformOutput output = new TerraformOutput(scope, name,
                TerraformOutputConfig.builder().value(value).description(description).build());
        output.overrideLogicalId(name);
    }
}
