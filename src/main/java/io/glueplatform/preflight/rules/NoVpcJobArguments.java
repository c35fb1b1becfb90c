package io.glueplatform.preflight.rules;

import io.glueplatform.preflight.Finding;
import io.glueplatform.preflight.NetworkModel;
import io.glueplatform.preflight.Rule;

import java.util.ArrayList;
import java.util.List;

/** GLUE-NET-008: no VPC settings in job arguments. */
public final class NoVpcJobArguments implements Rule {

    static final List<String> PREFIXES = List.of("--vpc-subnet-ids", "--vpc-security-group-ids", "--vpc", "--subnet", "--security-group");

    @Override
    public String id() {
        return "GLUE-NET-008";
    }

    @Override
    public String title() {
        return "Job default arguments do not try to pass VPC settings (--vpc-subnet-ids, --vpc-security-group-ids)";
    }

    @Override
    public String rationale() {
        return "Glue ignores such arguments: a job joins a VPC only through the connections it lists, so the job runs outside"
                + " the VPC and fails to reach its stores (seed 001, 'Connection refused')."
                + " https://docs.aws.amazon.com/glue/latest/dg/aws-glue-programming-etl-glue-arguments.html";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(NetworkModel model) {
        List<Finding> findings = new ArrayList<>();
        for (NetworkModel.Job job : model.jobs().values()) {
            for (String key : job.defaultArguments().keySet()) {
                if (PREFIXES.stream().anyMatch(key.toLowerCase()::startsWith)) {
                    findings.add(finding(job.address(), null, "default argument '" + key + "' tries to configure the VPC; Glue ignores it",
                            "remove it and list NETWORK/JDBC connections in the job's connections (GluePipeline does; glue.runInVpc)"));
                }
            }
        }
        return findings;
    }
}
