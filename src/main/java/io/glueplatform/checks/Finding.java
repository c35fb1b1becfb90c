package io.glueplatform.checks;

/**
 * One violation of a rule by one resource.
 *
 * @param address      the resource judged ({@code type.name})
 * @param part         the related element, e.g. "connection aws_glue_connection.x"; null for the resource itself
 * @param suppressedBy the suppression that covers it, or null when it is enforced
 */
public record Finding(String rule, Severity severity, String address, String part, String problem, String fix,
                      Suppression suppressedBy) {

    public boolean suppressed() {
        return suppressedBy != null;
    }

    /** {@code ERROR GLUE-NET-002 aws_glue_job.x, connection aws_glue_connection.y: <problem>. Fix: <fix>} */
    public String format() {
        return severity + " " + rule + " " + address + (part == null ? "" : ", " + part) + ": " + problem + ". Fix: " + fix;
    }
}
