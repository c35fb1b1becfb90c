package io.glueplatform.iam;

import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRoleConfig;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicyConfig;
import com.hashicorp.cdktf.providers.aws.iam_role_policy_attachment.IamRolePolicyAttachment;
import com.hashicorp.cdktf.providers.aws.iam_role_policy_attachment.IamRolePolicyAttachmentConfig;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.PlatformModule;
import io.glueplatform.cdk.ReadOnce;
import io.glueplatform.cdk.Required;
import software.constructs.Construct;

import java.util.List;

/**
 * A service role created by the component that uses it (the Glue pipeline its job role, containers their task
 * roles). It keeps module "iam" for its addresses wherever it sits in the tree: {@code aws_iam_role.iam_<role>},
 * {@code aws_iam_role_policy_attachment.iam_<role>_managed}, and one inline policy per grant,
 * {@code aws_iam_role_policy.iam_<role>_<policy>}. It may start with one AWS managed policy where AWS documents one
 * (an attachment, since managed_policy_arns is deprecated); resource owners add the rest with grants.
 */
public class ComponentRole extends PlatformModule implements Role {

    /** The AWS service that assumes a role. */
    public record TrustedService(String principal) {
        public static final TrustedService GLUE = new TrustedService("glue.amazonaws.com");
        public static final TrustedService ECS_TASKS = new TrustedService("ecs-tasks.amazonaws.com");
        public static final TrustedService EC2 = new TrustedService("ec2.amazonaws.com");

        public TrustedService {
            Required.value(principal, "iam role", "trusted service principal");
        }
    }

    private final String role;
    // Read on first use (ReadOnce): every grant needs the id, some roles never need their name or ARN.
    private final ReadOnce roleId;
    private final ReadOnce roleName;
    private final ReadOnce roleArn;

    /** Role {@code role} (name {@code <env>-iam-<role>}) that {@code trustedBy} assumes. */
    public ComponentRole(Construct scope, Naming naming, String role, TrustedService trustedBy, String description) {
        super(scope, checked(role, trustedBy, description) + "_role", "iam", naming, null);
        this.role = role;
        IamRole iamRole = add(role, id -> new IamRole(this, id, IamRoleConfig.builder()
                .name(resourceName(role))
                .description(description)
                .assumeRolePolicy(PolicyDocument.assumeRoleBy(trustedBy.principal()))
                .maxSessionDuration(3600)
                .tags(tags(role))
                .build()));
        this.roleId = new ReadOnce(iamRole::getId);
        this.roleName = new ReadOnce(iamRole::getName);
        this.roleArn = new ReadOnce(iamRole::getArn);
    }

    /** Refuses incomplete settings before the construct joins the tree, so a refused role leaves nothing behind. */
    private static String checked(String role, TrustedService trustedBy, String description) {
        Required.value(role, "iam role", "role");
        Required.all("iam role " + role, "trustedBy", trustedBy, "description", description);
        return role;
    }

    /** Attaches one AWS managed policy ({@code iam_<role>_managed}); at most one per role. */
    public ComponentRole withManagedPolicy(String policyArn) {
        add(role + "_managed", id -> new IamRolePolicyAttachment(this, id, IamRolePolicyAttachmentConfig.builder()
                .role(roleName.get())
                .policyArn(policyArn)
                .build()));
        return this;
    }

    @Override
    public String arn() {
        return roleArn.get();
    }

    @Override
    public String name() {
        return roleName.get();
    }

    @Override
    public void grant(String policyName, List<PolicyStatement> statements) {
        add(role + "_" + policyName, id -> new IamRolePolicy(this, id, IamRolePolicyConfig.builder()
                .name(policyName.replace('_', '-'))
                .role(roleId.get())
                .policy(PolicyDocument.of(statements))
                .build()));
    }
}
