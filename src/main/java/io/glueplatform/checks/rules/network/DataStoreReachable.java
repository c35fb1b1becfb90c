package io.glueplatform.checks.rules.network;

import io.glueplatform.checks.RuleInfo;
import io.glueplatform.checks.Severity;
import io.glueplatform.checks.Verdict;
import io.glueplatform.preflight.NetworkModel.Connection;
import io.glueplatform.preflight.NetworkModel;
import io.glueplatform.preflight.Reachability;
import java.util.List;
import java.util.Optional;

/** GLUE-NET-006: every JDBC connection's store is reachable from the job's ENI subnet. */
@RuleInfo(id = "GLUE-NET-006", severity = Severity.ERROR, resourceTypes = "aws_glue_job",
        title = "Each JDBC connection's data store is reachable from the ENI subnet: route, and a security group rule admitting Glue",
        rationale = "Glue cannot verify connectivity when a run is submitted; an unreachable store surfaces as a timeout after the"
                + " workers started. Same VPC: the store's security group must admit the Glue group; peered VPC: routes both"
                + " ways and the Glue CIDR admitted; another region/account via NAT: a publicly accessible store admitting the NAT"
                + " gateway's Elastic IP /32 (seed 002).",
        doc = "https://aws.amazon.com/blogs/big-data/create-cross-account-and-cross-region-aws-glue-connections/",
        fix = "route to the store and admit the Glue security group (same VPC), the Glue CIDR (peered) or the NAT EIP /32 (cross-region)")
public final class DataStoreReachable extends JobRule {

    @Override
    Verdict check(NetworkModel.Job job, NetworkModel model, Verdict.Builder verdict) {
        Optional<Connection> eni = model.eniConnection(job);
        if (eni.isEmpty()) {
            return Verdict.notApplicable();
        }
        for (Connection connection : model.connectionsOf(job)) {
            model.target(connection).ifPresent(store -> {
                Reachability path = Reachability.trace(model, eni.get(), store);
                if (!path.reachable()) {
                    verdict.fail("connection " + connection.address(), store.address() + " (port " + store.port()
                            + ") is not reachable from the ENI subnet " + eni.get().subnet() + ": " + path.problem(), path.fix());
                }
            });
        }
        return verdict.build();
    }
}
