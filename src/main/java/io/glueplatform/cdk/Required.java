package io.glueplatform.cdk;

/**
 * What a props builder says when a required value was never set: one sentence naming the component and the value,
 * at synth time, instead of a NullPointerException somewhere inside a construct.
 */
public final class Required {

    private Required() {
    }

    /** {@code value}, or an IllegalArgumentException "&lt;component&gt;: &lt;name&gt; is required; set it with .&lt;name&gt;(...)". */
    public static <T> T value(T value, String component, String name) {
        if (value == null) {
            throw new IllegalArgumentException(component + ": " + name + " is required; set it with ." + name + "(...)");
        }
        return value;
    }
}
