package io.glueplatform.diagram;

import io.glueplatform.checks.CheckResult;
import io.glueplatform.checks.Checks;
import io.glueplatform.checks.Finding;
import io.glueplatform.checks.Suppression;
import io.glueplatform.preflight.NetworkModel;
import io.glueplatform.preflight.NetworkModel.Connection;
import io.glueplatform.preflight.NetworkModel.DataStore;
import io.glueplatform.preflight.NetworkModel.Subnet;
import io.glueplatform.preflight.Reachability;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place the picture asks the preflight anything: for each Glue job, the path its traffic takes to each
 * data store ({@link Reachability#trace}) and the network rules' verdict ({@link Checks#run}, rules GLUE-NET-*), turned into segments
 * between the picture's nodes. The route a path takes is read from the model (same VPC / peering / NAT); whether it
 * works, and the rule that refuses it, come from the preflight, so picture and synth can never disagree.
 */
final class JobPaths {

    /** One drawn step of a path; {@code broken} segments are red and carry the rule id. */
    record Segment(String from, String to, boolean broken, String label) {
    }

    /** A preflight finding the paths did not already draw (e.g. a VPC-level rule). */
    record Problem(String rule, boolean error, String job, String connection, String text) {
    }

    record Result(List<Segment> segments, List<Problem> problems, int errors, int warnings, int suppressed) {
    }

    private JobPaths() {
    }

    /**
     * @param internetGateway VPC address → its internet gateway's node id (NAT paths leave and enter through them)
     */
    static Result compute(String environment, NetworkModel model, List<Suppression> suppressions,
                          Function<String, Optional<String>> internetGateway) {
        CheckResult verdict = Checks.run(environment, model.terraformDocument(), suppressions);
        // The picture shows the network preflight; the security rules have their own report (make check).
        List<Finding> errors = new ArrayList<>(network(verdict.errors()));
        List<Finding> warnings = network(verdict.warnings());
        List<Segment> segments = new ArrayList<>();
        for (NetworkModel.Job job : model.jobs().values()) {
            Optional<Connection> eni = model.eniConnection(job);
            Optional<Subnet> from = eni.flatMap(c -> model.subnet(c.subnet()));
            if (eni.isEmpty() || from.isEmpty()) {
                continue;
            }
            String routes = Ids.routes(from.get().address());
            segments.add(new Segment(job.address(), eni.get().address(), false, "ENIs"));
            segments.add(new Segment(eni.get().address(), routes, false, null));
            for (String endpoint : model.s3Endpoints(from.get().routeTable())) {
                segments.add(new Segment(routes, endpoint, false, "S3"));
            }
            for (Connection connection : model.connectionsOf(job)) {
                if (connection == null) {
                    continue;
                }
                Optional<DataStore> store = model.target(connection);
                if (store.isEmpty()) {
                    continue;
                }
                Reachability trace = Reachability.trace(model, eni.get(), store.get());
                List<String> hops = hops(model, from.get(), store.get(), internetGateway);
                for (int i = 0; i + 1 < hops.size(); i++) {
                    segments.add(new Segment(hops.get(i), hops.get(i + 1), false, null));
                }
                String last = hops.get(hops.size() - 1);
                if (trace.reachable()) {
                    segments.add(new Segment(last, store.get().address(), false, "✓ tcp " + store.get().port() + " "
                            + Ids.shortRule(trace.admitted())));
                } else {
                    Optional<Finding> finding = errors.stream().filter(f -> job.address().equals(f.address())
                            && connection.address().equals(connectionOf(f))).findFirst();
                    finding.ifPresent(errors::remove);
                    String rule = finding.map(Finding::rule).orElse("unreachable (rule suppressed)");
                    segments.add(new Segment(last, store.get().address(), true, "✗ " + rule + ": " + Ids.wrap(trace.problem(), 48)));
                }
                // Which job takes this path; segments between the same nodes merge their labels in the picture.
                segments.add(new Segment(last, store.get().address(), !trace.reachable(), "for " + job.name()));
            }
        }
        List<Problem> problems = new ArrayList<>();
        errors.forEach(f -> problems.add(new Problem(f.rule(), true, f.address(), connectionOf(f), f.problem())));
        warnings.forEach(f -> problems.add(new Problem(f.rule(), false, f.address(), connectionOf(f), f.problem())));
        return new Result(segments, problems, network(verdict.errors()).size(), warnings.size(), network(verdict.suppressed()).size());
    }

    private static List<Finding> network(List<Finding> findings) {
        return findings.stream().filter(f -> f.rule().startsWith("GLUE-NET-")).toList();
    }

    /** The connection a network finding names in its part ("connection aws_glue_connection.x"), or null. */
    private static String connectionOf(Finding finding) {
        String part = finding.part();
        return part != null && part.startsWith("connection ") ? part.substring("connection ".length()) : null;
    }

    /** The nodes a packet passes before the store: route table, then peering, or NAT → internet gateways → internet. */
    private static List<String> hops(NetworkModel model, Subnet from, DataStore store, Function<String, Optional<String>> internetGateway) {
        List<String> hops = new ArrayList<>();
        hops.add(Ids.routes(from.address()));
        Optional<String> storeVpc = model.vpcOf(store);
        if (storeVpc.isEmpty() || storeVpc.get().equals(from.vpc())) {
            return hops;
        }
        Optional<NetworkModel.Peering> peering = model.peeringBetween(from.vpc(), storeVpc.get());
        if (peering.isPresent()) {
            hops.add(peering.get().address());
            return hops;
        }
        model.natRoute(from.routeTable()).ifPresent(nat -> {
            hops.add(nat.target());
            internetGateway.apply(from.vpc()).ifPresent(hops::add);
            hops.add(Ids.INTERNET);
            internetGateway.apply(storeVpc.get()).ifPresent(hops::add);
        });
        return hops.stream().filter(Objects::nonNull).toList();
    }
}
