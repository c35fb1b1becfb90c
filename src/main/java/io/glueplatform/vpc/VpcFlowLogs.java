package io.glueplatform.vpc;

import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroup;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroupConfig;
import com.hashicorp.cdktf.providers.aws.flow_log.FlowLog;
import com.hashicorp.cdktf.providers.aws.flow_log.FlowLogConfig;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRoleConfig;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicyConfig;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.PlatformModule;
import io.glueplatform.iam.PolicyDocument;
import io.glueplatform.iam.PolicyStatement;
import software.constructs.Construct;

import java.util.List;

/**
 * Flow logs of one VPC (all traffic, 60-second aggregation) into a KMS-encrypted log group with a retention, written
 * by a role that may write to that group only. Addresses are those of the VPC's module ({@code <module>_flow_logs},
 * {@code <module>_this_flow_log}), so every VPC of the platform records its traffic the same way.
 *
 * @param kmsKeyArn a key of the VPC's region whose policy lets CloudWatch Logs of that region use it
 */
public final class VpcFlowLogs extends PlatformModule {

    public record Props(String vpcId, String kmsKeyArn, int retentionDays) {
    }

    public VpcFlowLogs(Construct scope, Naming naming, String module, Props props, TerraformProvider provider) {
        super(scope, module, naming, provider);
        CloudwatchLogGroup logGroup = add("flow_logs", id -> new CloudwatchLogGroup(this, id, CloudwatchLogGroupConfig.builder()
                .name("/aws/vpc/flow-logs/" + resourceName("this"))
                .retentionInDays(props.retentionDays())
                .kmsKeyId(props.kmsKeyArn())
                .tags(tags("flow_logs"))
                .build()));
        IamRole role = add("flow_logs", id -> new IamRole(this, id + "_role", IamRoleConfig.builder()
                .name(resourceName("flow-logs"))
                .assumeRolePolicy(PolicyDocument.assumeRoleBy("vpc-flow-logs.amazonaws.com"))
                .tags(tags("flow_logs"))
                .build()));
        add("flow_logs", id -> new IamRolePolicy(this, id + "_policy", IamRolePolicyConfig.builder()
                .name("write-flow-logs")
                .role(role.getId())
                .policy(PolicyDocument.of(PolicyStatement.allow("WriteThisVpcsFlowLogGroup",
                        List.of("logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"),
                        List.of(logGroup.getArn(), logGroup.getArn() + ":*"))))
                .build()));
        add("this", id -> new FlowLog(this, id + "_flow_log", FlowLogConfig.builder()
                .vpcId(props.vpcId())
                .trafficType("ALL")
                .logDestinationType("cloud-watch-logs")
                .logDestination(logGroup.getArn())
                .iamRoleArn(role.getArn())
                .maxAggregationInterval(60)
                .tags(tags("this"))
                .build()));
    }
}
