package io.glueplatform.preflight;

import io.glueplatform.preflight.NetworkModel.Connection;
import io.glueplatform.preflight.NetworkModel.DataStore;
import io.glueplatform.preflight.NetworkModel.Route;
import io.glueplatform.preflight.NetworkModel.SecurityGroup;
import io.glueplatform.preflight.NetworkModel.SgRule;
import io.glueplatform.preflight.NetworkModel.Subnet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The path a job's traffic takes from its ENI subnet to a data store, as far as the stack declares it:
 * same VPC (local route), a VPC peering (routes both ways), or the NAT gateway to a publicly accessible
 * store (its EIP admitted). Shared by the reachability rule and the reachability report.
 *
 * @param hops      route table → NAT / peering / local, in order
 * @param admitted  the store's security group rule that admits the traffic (null if none)
 * @param problem   null when reachable; else what is missing
 * @param fix       how to fix it
 */
public record Reachability(List<String> hops, String admitted, String problem, String fix) {

    public boolean reachable() {
        return problem == null;
    }

    /** Traces from the ENI connection's subnet (and security groups) to {@code store}. */
    public static Reachability trace(NetworkModel model, Connection eni, DataStore store) {
        List<String> hops = new ArrayList<>();
        Subnet from = model.subnet(eni.subnet()).orElse(null);
        Optional<String> storeVpc = model.vpcOf(store);
        if (from == null || storeVpc.isEmpty()) {
            return new Reachability(hops, null, null, null);
        }
        String port = String.valueOf(store.port());
        Optional<SecurityGroup> storeGroup = store.securityGroups().stream().map(model::securityGroup)
                .flatMap(Optional::stream).findFirst();
        List<Subnet> storeSubnets = store.subnets().stream().map(model::subnet).flatMap(Optional::stream).toList();
        String storeVpcCidr = model.vpc(storeVpc.get()).map(NetworkModel.Vpc::cidr).orElse(null);
        hops.add("route table " + from.routeTable());

        if (storeVpc.get().equals(from.vpc())) {
            hops.add("local route within " + from.vpc());
            Optional<SgRule> admit = admits(model, store, rule -> eni.securityGroups().contains(rule.peerGroup())
                    || NetworkModel.covers(rule.cidr(), from.cidr()));
            if (admit.isEmpty()) {
                return new Reachability(hops, null, "the security group of " + store.address() + " admits neither the connection's security group "
                        + eni.securityGroups() + " nor its subnet " + from.cidr() + " on port " + port,
                        "add an ingress rule on " + storeGroup.map(SecurityGroup::address).orElse("the store's security group")
                                + " for tcp " + port + " from the Glue security group");
            }
            return egress(model, eni, hops, admit.get(), store, rule -> store.securityGroups().contains(rule.peerGroup())
                    || storeSubnets.stream().allMatch(s -> NetworkModel.covers(rule.cidr(), s.cidr())));
        }

        Optional<NetworkModel.Peering> peering = model.peeringBetween(from.vpc(), storeVpc.get());
        Optional<Route> outbound = peering.flatMap(p -> model.peeringRoute(from.routeTable(), storeVpcCidr, p.address()));
        if (peering.isPresent()) {
            if (outbound.isEmpty()) {
                return new Reachability(hops, null, "the ENI subnet's route table " + from.routeTable() + " has no route to "
                        + storeVpc.get() + " (" + storeVpcCidr + ") over the peering " + peering.get().address(),
                        "add an aws_route " + storeVpcCidr + " → " + peering.get().address() + " on " + from.routeTable());
            }
            hops.add(outbound.get().toString());
            for (Subnet storeSubnet : storeSubnets) {
                if (model.peeringRoute(storeSubnet.routeTable(), from.cidr(), peering.get().address()).isEmpty()) {
                    return new Reachability(hops, null, "the store's subnet " + storeSubnet.address() + " (route table "
                            + storeSubnet.routeTable() + ") has no return route to the ENI subnet " + from.cidr() + " over "
                            + peering.get().address(), "add an aws_route to the Glue VPC's CIDR → " + peering.get().address()
                            + " on " + storeSubnet.routeTable());
                }
            }
            hops.add("return route from " + storeVpc.get() + " over " + peering.get().address());
            Optional<SgRule> admit = admits(model, store, rule -> NetworkModel.covers(rule.cidr(), from.cidr())
                    || eni.securityGroups().contains(rule.peerGroup()));
            if (admit.isEmpty()) {
                return new Reachability(hops, null, "the security group of " + store.address() + " does not admit the ENI subnet "
                        + from.cidr() + " on port " + port + " (security group references do not cross regions)",
                        "add an ingress rule for tcp " + port + " from the Glue VPC's CIDR on "
                                + storeGroup.map(SecurityGroup::address).orElse("the store's security group"));
            }
            return egress(model, eni, hops, admit.get(), store, rule -> NetworkModel.covers(rule.cidr(), storeVpcCidr)
                    || storeSubnets.stream().allMatch(s -> NetworkModel.covers(rule.cidr(), s.cidr())));
        }

        // No peering: the only way out is the NAT gateway, to a publicly accessible store (seed 002).
        Optional<Route> nat = model.natRoute(from.routeTable());
        if (nat.isEmpty()) {
            return new Reachability(hops, null, "the store is in another VPC (" + storeVpc.get() + ") with no peering to "
                    + from.vpc() + ", and the ENI subnet's route table has no default route to a NAT gateway",
                    "peer the VPCs (routes both ways), or route 0.0.0.0/0 of " + from.routeTable() + " to a NAT gateway");
        }
        hops.add(nat.get().toString());
        String eip = model.natGateway(nat.get().target()).map(NetworkModel.NatGateway::eip).orElse(null);
        if (eip != null) {
            hops.add("source address: Elastic IP " + eip);
        }
        if (!store.publiclyAccessible()) {
            return new Reachability(hops, null, store.address() + " is in another VPC/region without peering and is not publicly"
                    + " accessible, so traffic from the NAT gateway can never reach it",
                    "make it publicly accessible with a security group that admits only the NAT EIP /32 on port " + port
                            + " (connectivity.crossRegionStore.publiclyAccessible: true), or peer the VPCs");
        }
        boolean storeOnline = storeSubnets.stream().allMatch(s -> model.internetGatewayRoute(s.routeTable()).isPresent());
        if (!storeOnline) {
            return new Reachability(hops, null, "the subnets of " + store.address() + " have no route to an internet gateway, so its"
                    + " public address does not answer", "route 0.0.0.0/0 of the store's route table to an internet gateway");
        }
        hops.add("internet → " + store.address() + " (publicly accessible)");
        String natCidr = eip == null ? null : NetworkModel.eipCidr(eip);
        Optional<SgRule> admit = admits(model, store, rule -> rule.cidr() != null && (rule.cidr().equals(natCidr)
                || "0.0.0.0/0".equals(rule.cidr())));
        if (admit.isEmpty()) {
            return new Reachability(hops, null, "the security group of " + store.address() + " does not admit the NAT gateway's"
                    + " Elastic IP " + (eip == null ? "(unknown)" : eip) + " on port " + port,
                    "add an ingress rule for tcp " + port + " from " + (natCidr == null ? "the NAT EIP /32" : natCidr)
                            + " on " + storeGroup.map(SecurityGroup::address).orElse("the store's security group"));
        }
        String storeEip = store.elasticIp() == null ? null : NetworkModel.eipCidr(store.elasticIp());
        return egress(model, eni, hops, admit.get(), store, rule -> "0.0.0.0/0".equals(rule.cidr())
                || (storeEip != null && storeEip.equals(rule.cidr())));
    }

    private static Optional<SgRule> admits(NetworkModel model, DataStore store, java.util.function.Predicate<SgRule> source) {
        return store.securityGroups().stream().map(model::securityGroup).flatMap(Optional::stream)
                .flatMap(g -> g.rules().stream())
                .filter(r -> r.ingress() && r.coversPort(store.port()) && source.test(r))
                .findFirst();
    }

    private static Reachability egress(NetworkModel model, Connection eni, List<String> hops, SgRule admitted, DataStore store,
                                       java.util.function.Predicate<SgRule> destination) {
        boolean allowed = eni.securityGroups().stream().map(model::securityGroup).flatMap(Optional::stream)
                .flatMap(g -> g.rules().stream())
                .anyMatch(r -> !r.ingress() && r.coversPort(store.port()) && (destination.test(r) || "0.0.0.0/0".equals(r.cidr())));
        if (!allowed) {
            return new Reachability(hops, admitted.toString(), "the connection's security groups " + eni.securityGroups()
                    + " allow no egress on port " + store.port() + " towards " + store.address(),
                    "add an egress rule for tcp " + store.port() + " to the store (its security group, VPC CIDR or EIP /32)");
        }
        return new Reachability(hops, admitted.toString(), null, null);
    }
}
