package io.glueplatform.iam;

import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRoleConfig;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicyConfig;
import com.hashicorp.cdktf.providers.aws.iam_role_policy_attachment.IamRolePolicyAttachment;
import com.hashicorp.cdktf.providers.aws.iam_role_policy_attachment.IamRolePolicyAttachmentConfig;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.PlatformModule;
import software.constructs.Construct;

import java.util.List;

/**
 * A role trusted by one AWS service, created by whoever runs as it (a host creates its own; {@link PlatformRoles}
 * creates the shared ones). It starts with at most one AWS managed policy, attached with a policy attachment since
 * managed_policy_arns is deprecated; resource owners add the rest with {@link #grant}. The module is always
 * {@code iam}, so addresses read {@code aws_iam_role.iam_<role>}, {@code aws_iam_role_policy_attachment.iam_<role>_managed}
 * and {@code aws_iam_role_policy.iam_<role>_<policy>} wherever the owner sits in the construct tree.
 */
public final class ServiceRole extends PlatformModule implements Role {

    private final String role;
    private final IamRole iamRole;

    private ServiceRole(Construct scope, Naming naming, Builder settings) {
        // Its own parent, so one scope can hold several roles that are all module "iam".
        super(new Construct(scope, settings.role + "_role"), "iam", naming);
        this.role = settings.role;
        this.iamRole = add(role, id -> new IamRole(this, id, IamRoleConfig.builder()
                .name(resourceName(role))
                .description(settings.description)
                .assumeRolePolicy(PolicyDocument.assumeRoleBy(settings.servicePrincipal))
                .maxSessionDuration(3600)
                .tags(tags(role))
                .build()));
        if (settings.managedPolicy != null) {
            add(role + "_managed", id -> new IamRolePolicyAttachment(this, id, IamRolePolicyAttachmentConfig.builder()
                    .role(iamRole.getName())
                    .policyArn("arn:" + settings.partition + ":iam::aws:policy/" + settings.managedPolicy)
                    .build()));
        }
    }

    /** Starts a role whose address and name part is {@code role}, e.g. {@code tools_host}. */
    public static Builder named(String role) {
        return new Builder(role);
    }

    @Override
    public String arn() {
        return iamRole.getArn();
    }

    @Override
    public String name() {
        return iamRole.getName();
    }

    @Override
    public void grant(String policyName, List<PolicyStatement> statements) {
        add(role + "_" + policyName, id -> new IamRolePolicy(this, id, IamRolePolicyConfig.builder()
                .name(policyName.replace('_', '-'))
                .role(iamRole.getId())
                .policy(PolicyDocument.of(statements))
                .build()));
    }

    /** The settings of one role; {@link #trustedBy} and {@link #description} are required, the managed policy optional. */
    public static final class Builder {
        private final String role;
        private String servicePrincipal;
        private String description;
        private String partition;
        private String managedPolicy;

        private Builder(String role) {
            this.role = role;
        }

        /** The AWS service that may assume the role, e.g. {@code ec2.amazonaws.com}. */
        public Builder trustedBy(String servicePrincipal) {
            this.servicePrincipal = servicePrincipal;
            return this;
        }

        /** What the role is for (shown in the console). */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** ARN partition of the managed policy ({@code RegionCatalog.partitionOf(region)}); required with a managed policy. */
        public Builder partition(String partition) {
            this.partition = partition;
            return this;
        }

        /** One AWS managed policy (the path after {@code policy/}, e.g. {@code AmazonSSMManagedInstanceCore}); default none. */
        public Builder managedPolicy(String managedPolicy) {
            this.managedPolicy = managedPolicy;
            return this;
        }

        public ServiceRole create(Construct scope, Naming naming) {
            if (role == null || servicePrincipal == null || description == null || (managedPolicy != null && partition == null)) {
                throw new IllegalArgumentException("iam: role '" + role + "' needs a name, the service that assumes it (trustedBy),"
                        + " a description, and with a managed policy the partition");
            }
            return new ServiceRole(scope, naming, this);
        }
    }
}
