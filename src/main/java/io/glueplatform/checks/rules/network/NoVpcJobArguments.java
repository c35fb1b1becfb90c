package io.glueplatform.checks.rules.network;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import java.util.List;
import io.glueplatform.preflight.NetworkModel;

/** GLUE-NET-008: no VPC settings in job arguments. */
@RuleInfo(id = "GLUE-NET-008", severity = Severity.ERROR, resourceTypes = "aws_glue_job",
        title = "Job default arguments do not try to pass VPC settings (--vpc-subnet-ids, --vpc-security-group-ids)",
        rationale = "Glue ignores such arguments: a job joins a VPC only through the connections it lists, so the job runs outside"
                + " the VPC and fails to reach its stores (seed 001, 'Connection refused').",
        doc = "https://docs.aws.amazon.com/glue/latest/dg/aws-glue-programming-etl-glue-arguments.html",
        fix = "remove the argument and list NETWORK/JDBC connections in the job's connections")
public final class NoVpcJobArguments implements Rule {

    static final List<String> PREFIXES = List.of("--vpc-subnet-ids", "--vpc-security-group-ids", "--vpc", "--subnet", "--security-group");

    @Override
    public Verdict check(Resource resource, StackModel stack) {
        NetworkModel model = GlueNetwork.of(stack);
        NetworkModel.Job job = model.jobs().get(resource.address());
        Verdict.Builder verdict = Verdict.builder();
        for (String key : job.defaultArguments().keySet()) {
            if (PREFIXES.stream().anyMatch(key.toLowerCase()::startsWith)) {
                verdict.fail(null, "default argument '" + key + "' tries to configure the VPC; Glue ignores it",
                        "remove it and list NETWORK/JDBC connections in the job's connections (GluePipeline does; glue.runInVpc)");
            }
        }
        return verdict.build();
    }
}
