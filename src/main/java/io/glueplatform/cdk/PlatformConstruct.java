package io.glueplatform.cdk;

import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.TerraformStack;
import software.constructs.Construct;

/**
 * A construct of the platform, module or component: it knows which provider its resources use (another region's or
 * account's, or the stack's default) from the construct it was created in, without asking Node. Finding that out by
 * walking up the tree costs two jsii round trips per level; a construct below a platform construct needs none.
 */
public abstract class PlatformConstruct extends Construct {

    /**
     * The provider of this construct's resources; null means the stack's default. A field, not a method: jsii hands
     * Node every non-private method of a construct class as an override, at every construct's creation.
     */
    final TerraformProvider effectiveProvider;

    /** A construct whose resources use the enclosing construct's provider. */
    protected PlatformConstruct(Construct scope, String id) {
        this(scope, id, null);
    }

    /** A construct whose resources use {@code provider}; null: the enclosing construct's. */
    protected PlatformConstruct(Construct scope, String id, TerraformProvider provider) {
        super(scope, id);
        this.effectiveProvider = provider != null ? provider : enclosingProvider(scope);
    }

    /**
     * A construct that only groups others under an id of its own (e.g. a second module "glue" beside the first one),
     * used where a plain {@code Construct} would do: below it, too, no construct has to ask Node for its provider.
     */
    public static final class Group extends PlatformConstruct {
        public Group(Construct scope, String id) {
            super(scope, id);
        }
    }

    /** The provider of the nearest enclosing platform construct; null above a stack or at the root. */
    private static TerraformProvider enclosingProvider(Construct scope) {
        for (Construct at = scope; at != null && !(at instanceof TerraformStack); at = (Construct) at.getNode().getScope()) {
            if (at instanceof PlatformConstruct enclosing) {
                return enclosing.effectiveProvider;
            }
        }
        return null;
    }
}
