package io.glueplatform.iam;

import com.hashicorp.cdktf.providers.aws.iam_instance_profile.IamInstanceProfile;
import com.hashicorp.cdktf.providers.aws.iam_instance_profile.IamInstanceProfileConfig;
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
 * The iam module: the platform's service roles. Each role starts with an AWS managed policy where AWS
 * documents one (attached with a policy attachment, since managed_policy_arns is deprecated) plus the
 * KMS and log permissions every role here needs; resource owners add the rest with grants.
 */
public final class PlatformRoles extends PlatformModule {

    private final IamProps props;
    private final ServiceRole glueJob;
    private final ServiceRole toolsHost;
    private final IamInstanceProfile toolsHostProfile;

    public PlatformRoles(Construct scope, Naming naming, IamProps props) {
        super(scope, "iam", naming);
        this.props = props;
        this.glueJob = role("glue_job", "glue.amazonaws.com", "Glue ETL jobs and crawlers of the platform",
                "service-role/AWSGlueServiceRole");
        glueJob.grant("kms", List.of(useKey("UsePlatformKey")));
        // The security configuration encrypts Glue's log groups: Glue associates the key as the job role.
        glueJob.grant("logs", List.of(PolicyStatement.allow("WriteGlueLogs",
                List.of("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents", "logs:AssociateKmsKey"),
                List.of(logGroupArn("/aws-glue/*"), logGroupArn("/aws-glue/*") + ":*"))));

        this.toolsHost = role("tools_host", "ec2.amazonaws.com", "Session Manager tools host",
                "AmazonSSMManagedInstanceCore");
        this.toolsHostProfile = add("tools_host", id -> new IamInstanceProfile(this, id + "_profile", IamInstanceProfileConfig.builder()
                .name(resourceName("tools-host"))
                .role(toolsHost.name())
                .tags(tags("tools_host"))
                .build()));
    }

    private PolicyStatement useKey(String sid) {
        return PolicyStatement.allow(sid, List.of("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext",
                "kms:DescribeKey"), List.of(props.kmsKeyArn()));
    }

    /** {@code arn:<partition>:logs:<region>:<account>:log-group:<name>} for a name or pattern. */
    public String logGroupArn(String name) {
        return "arn:" + props.partition() + ":logs:" + props.region() + ":" + props.accountId() + ":log-group:" + name;
    }

    /** Creates a role trusted by one AWS service, with one AWS managed policy (path after policy/) or none. */
    public ServiceRole role(String role, String servicePrincipal, String description, String managedPolicy) {
        IamRole iamRole = add(role, id -> new IamRole(this, id, IamRoleConfig.builder()
                .name(resourceName(role))
                .description(description)
                .assumeRolePolicy(PolicyDocument.assumeRoleBy(servicePrincipal))
                .maxSessionDuration(3600)
                .tags(tags(role))
                .build()));
        if (managedPolicy != null) {
            add(role + "_managed", id -> new IamRolePolicyAttachment(this, id, IamRolePolicyAttachmentConfig.builder()
                    .role(iamRole.getName())
                    .policyArn("arn:" + props.partition() + ":iam::aws:policy/" + managedPolicy)
                    .build()));
        }
        return new ServiceRole(role, iamRole);
    }

    public ServiceRole glueJob() {
        return glueJob;
    }

    public ServiceRole toolsHost() {
        return toolsHost;
    }

    public String toolsHostInstanceProfileName() {
        return toolsHostProfile.getName();
    }

    /** A role of this module; grants become inline policies {@code aws_iam_role_policy.iam_<role>_<name>}. */
    public final class ServiceRole implements Role {
        private final String role;
        private final IamRole iamRole;

        private ServiceRole(String role, IamRole iamRole) {
            this.role = role;
            this.iamRole = iamRole;
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
            add(role + "_" + policyName, id -> new IamRolePolicy(PlatformRoles.this, id, IamRolePolicyConfig.builder()
                    .name(policyName.replace('_', '-'))
                    .role(iamRole.getId())
                    .policy(PolicyDocument.of(statements))
                    .build()));
        }
    }
}
