package io.glueplatform.checks.rules.network;

import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.Verdict;
import java.util.List;
import io.glueplatform.preflight.NetworkModel;

/** GLUE-NET-008: no VPC settings in job arguments. */
@RuleInfo(id = "GLUE-NET-008", severity = Severity.ERROR, resourceTypes = "aws_glue_job",
        title = "Job default arguments do not try to pass VPC settings (--vpc-subnet-ids, --vpc-security-group-ids)",
        rationale = "Glue ignores such arguments: a job joins a VPC only through the connections it lists, so the job runs outside"
                + " the VPC and fails to reach its stores (seed 001, 'Connection refused').",
        doc = "https://docs.aws.amazon.com/glue/latest/dg/aws-glue-programming-etl-glue-arguments.html",
        fix = "remove the argument and list NETWORK/JDBC connections in the job's connections")
public final class NoVpcJobArguments extends JobRule {

    static final List<String> PREFIXES = List.of("--vpc-subnet-ids", "--vpc-security-group-ids", "--vpc", "--subnet", "--security-group");

    @Override
    Verdict check(NetworkModel.Job job, NetworkModel model, Verdict.Builder verdict) {
        for (String key : job.defaultArguments().keySet()) {
            if (PREFIXES.stream().anyMatch(key.toLowerCase()::startsWith)) {
                verdict.fail(null, "default argument '" + key + "' tries to configure the VPC; Glue ignores it",
                        "remove it and list NETWORK/JDBC connections in the job's connections (GluePipeline does; glue.runInVpc)");
            }
        }
        return verdict.build();
    }
}
