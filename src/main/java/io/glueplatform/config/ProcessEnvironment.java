package io.glueplatform.config;

import java.util.Map;
import java.util.TreeMap;

/**
 * The environment variables the program reads, in one place. A cold run reads the JVM's own environment;
 * the warm synth server hands each request the requesting shell's variables instead (its own JVM was
 * started with other ones). Program code never calls {@code System.getenv} directly
 * ({@code ProcessEnvironmentTest} enforces it), so a warm synth cannot see a variable a cold one would not.
 *
 * <p>The holder is static on purpose: the server loads the program's classes in a fresh class loader for
 * every request, so each request gets its own copy of this class and nothing leaks between requests.
 */
public final class ProcessEnvironment {

    private static volatile ProcessEnvironment current;

    private final Map<String, String> variables;

    private ProcessEnvironment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    public static ProcessEnvironment of(Map<String, String> variables) {
        return new ProcessEnvironment(variables);
    }

    /** Makes {@code environment} the one {@link #current()} returns for the rest of this class loader's life. */
    public static void use(ProcessEnvironment environment) {
        current = environment;
    }

    /** The environment set by {@link #use}, else the JVM's own. */
    public static ProcessEnvironment current() {
        ProcessEnvironment value = current;
        return value != null ? value : of(System.getenv());
    }

    /** The variable's value, or null when unset. */
    public String get(String name) {
        return variables.get(name);
    }

    public Map<String, String> asMap() {
        return new TreeMap<>(variables);
    }
}
