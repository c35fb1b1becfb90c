package io.glueplatform.checks.rules.network;

import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.Verdict;
import io.glueplatform.config.Cidr;
import io.glueplatform.preflight.NetworkModel;

/** GLUE-NET-004: the ENI subnet has room for the job's workers. */
@RuleInfo(id = "GLUE-NET-004", severity = Severity.ERROR, resourceTypes = "aws_glue_job",
        title = "The ENI subnet has enough addresses for the job's workers and driver, per concurrent run",
        rationale = "Every Glue worker and the driver take one address of the ENI subnet; Glue checks free addresses when a run"
                + " is submitted and fails it otherwise. Needed ≈ (workers + driver) × max concurrent runs + 5 reserved.",
        doc = "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html",
        fix = "use a larger subnet for the first connection, or fewer workers / concurrent runs")
public final class SubnetCapacity extends JobRule {

    public static final int RESERVED = 5;

    /** Addresses a job needs in its ENI subnet. */
    public static long needed(NetworkModel.Job job) {
        return (long) (job.workers() + 1) * Math.max(1, job.maxConcurrentRuns()) + RESERVED;
    }

    @Override
    Verdict check(NetworkModel.Job job, NetworkModel model, Verdict.Builder verdict) {
        model.eniConnection(job).flatMap(c -> model.subnet(c.subnet()).map(s -> new Object[]{c, s})).ifPresent(pair -> {
            NetworkModel.Connection connection = (NetworkModel.Connection) pair[0];
            NetworkModel.Subnet subnet = (NetworkModel.Subnet) pair[1];
            long size;
            try {
                size = Cidr.parse(subnet.cidr()).size();
            } catch (IllegalArgumentException e) {
                return;
            }
            long needed = needed(job);
            if (needed > size) {
                verdict.fail("connection " + connection.address(), "ENI subnet " + subnet.address() + " (" + subnet.cidr()
                                + ") has " + size + " addresses, the job needs ≈ " + needed + " ((" + job.workers()
                                + " workers + 1 driver) × " + job.maxConcurrentRuns() + " concurrent run(s) + " + RESERVED + " reserved)",
                        "use a larger subnet for the first connection, or fewer workers / concurrent runs");
            }
        });
        return verdict.build();
    }
}
