package io.glueplatform.iam;

import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRoleConfig;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicyConfig;
import com.hashicorp.cdktf.providers.aws.iam_role_policy_attachment.IamRolePolicyAttachment;
import com.hashicorp.cdktf.providers.aws.iam_role_policy_attachment.IamRolePolicyAttachmentConfig;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.PlatformModule;
import io.glueplatform.cdk.Required;
import software.constructs.Construct;

import java.util.List;

/**
 * A service role created by the component that uses it (the Glue pipeline its job role, containers their task
 * roles). It keeps module "iam" for its addresses wherever it sits in the tree: {@code aws_iam_role.iam_<role>},
 * {@code aws_iam_role_policy_attachment.iam_<role>_managed}, and one inline policy per grant,
 * {@code aws_iam_role_policy.iam_<role>_<policy>}. It starts with one AWS managed policy where AWS documents one
 * (an attachment, since managed_policy_arns is deprecated); resource owners add the rest with grants.
 */
public final class ComponentRole extends PlatformModule implements Role {

    private final String role;
    private final IamRole iamRole;

    private ComponentRole(Construct scope, Naming naming, Builder spec) {
        super(scope, spec.role + "_role", "iam", naming, null);
        this.role = spec.role;
        this.iamRole = add(role, id -> new IamRole(this, id, IamRoleConfig.builder()
                .name(resourceName(role))
                .description(spec.description)
                .assumeRolePolicy(PolicyDocument.assumeRoleBy(spec.servicePrincipal))
                .maxSessionDuration(3600)
                .tags(tags(role))
                .build()));
        if (spec.managedPolicy != null) {
            add(role + "_managed", id -> new IamRolePolicyAttachment(this, id, IamRolePolicyAttachmentConfig.builder()
                    .role(iamRole.getName())
                    .policyArn("arn:" + spec.partition + ":iam::aws:policy/" + spec.managedPolicy)
                    .build()));
        }
    }

    /** A role named {@code role} (address suffix and name {@code <env>-iam-<role>}). */
    public static Builder builder(String role) {
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

    /** Required: trustedBy, description, partition. Default: no managed policy. */
    public static final class Builder {
        private final String role;
        private String servicePrincipal;
        private String description;
        private String managedPolicy;
        private String partition;

        private Builder(String role) {
            this.role = Required.value(role, "iam role", "role");
        }

        /** The AWS service that assumes the role, e.g. {@code glue.amazonaws.com}. */
        public Builder trustedBy(String servicePrincipal) {
            this.servicePrincipal = servicePrincipal;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** An AWS managed policy, the path after {@code policy/} (e.g. {@code service-role/AWSGlueServiceRole}). */
        public Builder managedPolicy(String managedPolicy) {
            this.managedPolicy = managedPolicy;
            return this;
        }

        /** ARN partition of the managed policy. */
        public Builder partition(String partition) {
            this.partition = partition;
            return this;
        }

        public ComponentRole build(Construct scope, Naming naming) {
            String component = "iam role " + role;
            Required.value(servicePrincipal, component, "trustedBy");
            Required.value(description, component, "description");
            if (managedPolicy != null) {
                Required.value(partition, component, "partition");
            }
            return new ComponentRole(scope, naming, this);
        }
    }
}
