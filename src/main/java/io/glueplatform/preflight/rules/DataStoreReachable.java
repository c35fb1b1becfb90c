package io.glueplatform.preflight.rules;

import io.glueplatform.preflight.Finding;
import io.glueplatform.preflight.NetworkModel;
import io.glueplatform.preflight.NetworkModel.Connection;
import io.glueplatform.preflight.Reachability;
import io.glueplatform.preflight.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** GLUE-NET-006: every JDBC connection's store is reachable from the job's ENI subnet. */
public final class DataStoreReachable implements Rule {

    @Override
    public String id() {
        return "GLUE-NET-006";
    }

    @Override
    public String title() {
        return "Each JDBC connection's data store is reachable from the ENI subnet: route, and a security group rule admitting Glue";
    }

    @Override
    public String rationale() {
        return "Glue cannot verify connectivity when a run is submitted; an unreachable store surfaces as a timeout after the"
                + " workers started. Same VPC: the store's security group must admit the Glue group; peered VPC: routes both"
                + " ways and the Glue CIDR admitted; another region/account via NAT: a publicly accessible store admitting the NAT"
                + " gateway's Elastic IP /32 (seed 002)."
                + " https://aws.amazon.com/blogs/big-data/create-cross-account-and-cross-region-aws-glue-connections/";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(NetworkModel model) {
        List<Finding> findings = new ArrayList<>();
        for (NetworkModel.Job job : model.jobs().values()) {
            Optional<Connection> eni = model.eniConnection(job);
            if (eni.isEmpty()) {
                continue;
            }
            for (Connection connection : model.connectionsOf(job)) {
                model.target(connection).ifPresent(store -> {
                    Reachability path = Reachability.trace(model, eni.get(), store);
                    if (!path.reachable()) {
                        findings.add(finding(job.address(), connection.address(), store.address() + " (port " + store.port()
                                + ") is not reachable from the ENI subnet " + eni.get().subnet() + ": " + path.problem(), path.fix()));
                    }
                });
            }
        }
        return findings;
    }
}
