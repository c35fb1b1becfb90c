package io.glueplatform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The problems found in one environment, each one line: {@code environment '<env>': <field>: <problem>; allowed: <what>}.
 * Section rules add to it; small helpers here keep the wording of the common cases identical everywhere.
 */
public final class Problems {

    /** Longest text shown in full: every AWS name the platform derives fits, a 20 000-character value does not. */
    private static final int SHOWN = 80;

    private final String environment;
    private final List<String> lines = new ArrayList<>();

    public Problems(String environment) {
        this.environment = environment;
    }

    public void add(String field, String message) {
        lines.add("environment '" + environment + "': " + field + ": " + message);
    }

    public List<String> list() {
        return List.copyOf(lines);
    }

    /** False (and a problem) when {@code value} is null or blank text. */
    public boolean required(String field, Object value, String allowed) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            add(field, "is missing but required; allowed: " + allowed);
            return false;
        }
        return true;
    }

    public void oneOf(String field, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            add(field, "'" + value + "' is not allowed; allowed: " + String.join(", ", allowed));
        }
    }

    /** Adds {@code problem} unless it is null (the catalog helpers return null for a valid value); true when there was none. */
    public boolean addIfAny(String field, String problem) {
        if (problem == null) {
            return true;
        }
        add(field, problem);
        return false;
    }

    /** True when {@code text} matches {@code pattern}, else a problem: the value shown, "is not allowed", and {@code allowed}. */
    public boolean matches(String field, String text, Pattern pattern, String allowed) {
        if (pattern.matcher(text).matches()) {
            return true;
        }
        add(field, show(text) + " is not allowed; allowed: " + allowed);
        return false;
    }

    /** {@link #matches(String, String, Pattern, String)} with a regular expression. */
    public boolean matches(String field, String text, String regex, String allowed) {
        return matches(field, text, Pattern.compile(regex), allowed);
    }

    /** {@code low <= value <= high}, else a problem naming the range and why it exists. */
    public boolean range(String field, int value, int low, int high, String why) {
        if (value < low || value > high) {
            add(field, value + " is not allowed; allowed: " + low + " to " + high + (why.isEmpty() ? "" : " (" + why + ")"));
            return false;
        }
        return true;
    }

    /** The parsed CIDR, or null and a problem. */
    public Cidr cidr(String field, String text) {
        try {
            return Cidr.parse(text);
        } catch (IllegalArgumentException e) {
            add(field, e.getMessage() + "; allowed: an IPv4 CIDR block such as 10.0.0.0/16");
            return null;
        }
    }

    /** Text shown inside a problem: quoted, control characters escaped, very long values shortened. */
    public static String show(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(SHOWN).forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        int length = text.codePointCount(0, text.length());
        return "'" + shown + (length > SHOWN ? "...' (" + length + " characters)" : "'");
    }
}
