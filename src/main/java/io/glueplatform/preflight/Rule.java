package io.glueplatform.preflight;

import java.util.List;

/**
 * One check of the network preflight: a pure function of the {@link NetworkModel} (the synthesized stack),
 * in the style of cdk-nag. Each finding names the job, the connection, what is wrong and how to fix it.
 */
public interface Rule {

    enum Severity { ERROR, WARNING }

    /** Stable id, e.g. GLUE-NET-001: what suppressions and docs refer to. */
    String id();

    /** One line: what the rule requires. */
    String title();

    /** Why, with the AWS documentation it comes from. */
    String rationale();

    Severity severity();

    List<Finding> check(NetworkModel model);

    default Finding finding(String job, String connection, String problem, String fix) {
        return new Finding(id(), severity(), job, connection, problem, fix);
    }
}
