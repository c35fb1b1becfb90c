package io.glueplatform.iam;

import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.PlatformModule;
import software.constructs.Construct;

import java.util.List;

/**
 * The iam module: the platform's shared service roles (each host creates its own {@link ServiceRole}). Each role starts with an AWS managed policy where AWS
 * documents one (attached with a policy attachment, since managed_policy_arns is deprecated) plus the
 * KMS and log permissions every role here needs; resource owners add the rest with grants.
 */
public final class PlatformRoles extends PlatformModule {

    private final IamProps props;
    private final ServiceRole glueJob;

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
        return ServiceRole.named(role).trustedBy(servicePrincipal).description(description)
                .partition(props.partition()).managedPolicy(managedPolicy).create(this, naming());
    }

    public ServiceRole glueJob() {
        return glueJob;
    }
}
