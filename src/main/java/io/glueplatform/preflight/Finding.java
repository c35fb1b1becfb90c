package io.glueplatform.preflight;

/**
 * One problem found by a rule.
 *
 * @param job        Terraform address of the job (aws_glue_job.x), or null for a VPC-level finding
 * @param connection Terraform address of the connection concerned, or null
 * @param problem    what is wrong, with the resources involved
 * @param fix        how to fix it
 */
public record Finding(String rule, Rule.Severity severity, String job, String connection, String problem, String fix) {

    /** {@code ERROR GLUE-NET-002 job aws_glue_job.x, connection aws_glue_connection.y: <problem>. Fix: <fix>} */
    public String format() {
        StringBuilder text = new StringBuilder(severity + " " + rule);
        if (job != null) {
            text.append(" job ").append(job);
        }
        if (connection != null) {
            text.append(job != null ? ", connection " : " connection ").append(connection);
        }
        return text.append(": ").append(problem).append(". Fix: ").append(fix).toString();
    }
}
