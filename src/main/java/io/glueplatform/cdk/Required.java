package io.glueplatform.cdk;

/**
 * What a component's props say when a required dependency or value was not given: one sentence naming the component
 * and the value, at synth time, instead of a NullPointerException somewhere inside a construct.
 */
public final class Required {

    private Required() {
    }

    /** {@code value}, or an IllegalArgumentException "&lt;component&gt;: &lt;name&gt; is required but was not given". */
    public static <T> T value(T value, String component, String name) {
        if (value == null) {
            throw new IllegalArgumentException(component + ": " + name + " is required but was not given");
        }
        return value;
    }

    /**
     * Checks several values in order, given as name, value, name, value, ...: the first one missing is reported as
     * {@link #value} does.
     */
    public static void all(String component, Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            value(namesAndValues[i + 1], component, (String) namesAndValues[i]);
        }
    }
}
