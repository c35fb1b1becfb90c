package io.glueplatform.iam;

/**
 * A role as other modules see it. Grants live with the resource that owns the permission
 * ({@code bucket.grantRead(role, ...)}), which calls {@link #grant}: each grant becomes one named
 * inline policy, so the role only ever holds what its resources handed out.
 */
public interface Role {
    String arn();

    String name();

    /** Adds an inline policy named {@code policyName}; addresses read {@code aws_iam_role_policy.iam_<role>_<policyName>}. */
    void grant(String policyName, java.util.List<PolicyStatement> statements);
}
