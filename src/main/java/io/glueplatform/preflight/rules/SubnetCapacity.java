package io.glueplatform.preflight.rules;

import io.glueplatform.config.Cidr;
import io.glueplatform.preflight.Finding;
import io.glueplatform.preflight.NetworkModel;
import io.glueplatform.preflight.Rule;

import java.util.ArrayList;
import java.util.List;

/** GLUE-NET-004: the ENI subnet has room for the job's workers. */
public final class SubnetCapacity implements Rule {

    /** AWS reserves the first four and the last address of every subnet. */
    public static final int RESERVED = 5;

    @Override
    public String id() {
        return "GLUE-NET-004";
    }

    @Override
    public String title() {
        return "The ENI subnet has enough addresses for the job's workers and driver, per concurrent run";
    }

    @Override
    public String rationale() {
        return "Every Glue worker and the driver take one address of the ENI subnet; Glue checks free addresses when a run"
                + " is submitted and fails it otherwise. Needed ≈ (workers + driver) × max concurrent runs + 5 reserved."
                + " https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    /** Addresses a job needs in its ENI subnet. */
    public static long needed(NetworkModel.Job job) {
        return (long) (job.workers() + 1) * Math.max(1, job.maxConcurrentRuns()) + RESERVED;
    }

    @Override
    public List<Finding> check(NetworkModel model) {
        List<Finding> findings = new ArrayList<>();
        for (NetworkModel.Job job : model.jobs().values()) {
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
                    findings.add(finding(job.address(), connection.address(), "ENI subnet " + subnet.address() + " (" + subnet.cidr()
                                    + ") has " + size + " addresses, the job needs ≈ " + needed + " ((" + job.workers()
                                    + " workers + 1 driver) × " + job.maxConcurrentRuns() + " concurrent run(s) + " + RESERVED + " reserved)",
                            "use a larger subnet for the first connection, or fewer workers / concurrent runs"));
                }
            });
        }
        return findings;
    }
}
