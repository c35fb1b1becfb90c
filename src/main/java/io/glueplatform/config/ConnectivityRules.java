package io.glueplatform.config;

import io.glueplatform.checks.RuleCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** {@code connectivity}: the cross-region Redshift store, the peered PostgreSQL VPC and preflight suppressions. */
final class ConnectivityRules implements SectionRules {

    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws(-[a-z]+)*:iam::(\\d{12}):role/[A-Za-z0-9+=,.@_/-]+");
    private static final Pattern SQL_IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final String SQL_IDENTIFIER_RULE = "a lower-case letter then up to 62 lower-case letters, digits or '_'";

    @Override
    public void check(EnvironmentConfig env, Problems problems) {
        ConnectivityConfig connectivity = env.connectivity();
        if (connectivity.crossRegionStore() != null) {
            checkCrossRegionStore(env, connectivity.crossRegionStore(), problems);
        }
        if (connectivity.peeredVpc() != null) {
            checkPeeredVpc(env, connectivity.peeredVpc(), problems);
        }
        List<ConnectivityConfig.PreflightSuppression> suppressions = connectivity.preflightSuppressions();
        Set<String> seen = new TreeSet<>();
        for (int i = 0; i < suppressions.size(); i++) {
            ConnectivityConfig.PreflightSuppression suppression = suppressions.get(i);
            String f = "connectivity.preflightSuppressions[" + i + "]";
            if (suppression.rule() == null || !RuleCatalog.ids().contains(suppression.rule())) {
                problems.add(f + ".rule", Problems.show(suppression.rule()) + " is not a rule of the checks engine; allowed: a rule id listed in"
                        + " docs/policy.md, e.g. " + String.join(", ", RuleCatalog.ids().subList(0, 3)));
            } else if (!seen.add(suppression.rule() + "@" + suppression.address())) {
                problems.add(f + ".rule", "'" + suppression.rule() + "' is suppressed twice" + (suppression.address() == null ? "" : " for "
                        + suppression.address()) + "; allowed: one entry per rule and address");
            }
            if (suppression.address() != null && !suppression.address().matches("[a-z0-9_]+\\.[A-Za-z0-9_-]+")) {
                problems.add(f + ".address", "'" + suppression.address() + "' is not a Terraform address; allowed: type.name, e.g."
                        + " aws_redshift_cluster.xr_redshift, or no address for the whole stack");
            }
            if (suppression.reason() == null || suppression.reason().isBlank()) {
                problems.add(f + ".reason", "is missing but required; allowed: a written reason why the rule does not apply (it is printed on every synth)");
            }
        }
    }

    private static void checkCrossRegionStore(EnvironmentConfig env, CrossRegionStoreConfig store, Problems problems) {
        String f = "connectivity.crossRegionStore";
        boolean storeRegionValid = problems.required(f + ".region", store.region(), "an AWS region such as us-east-1");
        if (storeRegionValid && !RegionCatalog.isRegion(store.region())) {
            problems.add(f + ".region", RegionCatalog.notARegion(store.region()));
            storeRegionValid = false;
        }
        boolean otherAccount = store.accountId() != null && !store.accountId().equals(env.accountId());
        if (store.accountId() != null && !IdentityRules.isAccountId(store.accountId())) {
            problems.add(f + ".accountId", Problems.show(store.accountId()) + " is not allowed; allowed: exactly 12 digits, or no field for the environment's account");
        }
        if (storeRegionValid && RegionCatalog.isRegion(env.region()) && store.region().equals(env.region()) && !otherAccount) {
            problems.add(f + ".region", "'" + store.region() + "' is the environment's own region and account; allowed: another region"
                    + " (or another accountId); a store in the same region belongs in a peered VPC (connectivity.peeredVpc)");
        }
        if (store.assumeRoleArn() != null) {
            var matcher = ROLE_ARN.matcher(store.assumeRoleArn());
            if (!matcher.matches()) {
                problems.add(f + ".assumeRoleArn", Problems.show(store.assumeRoleArn()) + " is not allowed; allowed: an IAM role ARN arn:aws:iam::<12 digits>:role/<name>");
            } else if (store.accountId() != null && !matcher.group(2).equals(store.accountId())) {
                problems.add(f + ".assumeRoleArn", "'" + store.assumeRoleArn() + "' is in account " + matcher.group(2)
                        + ", not the store's account " + store.accountId() + "; allowed: a role in account " + store.accountId());
            }
        } else if (otherAccount) {
            problems.add(f + ".assumeRoleArn", "is missing but required for the store's account " + store.accountId()
                    + "; allowed: the ARN of a role in that account Terraform may assume");
        }
        checkStoreNetwork(problems, f, storeRegionValid ? store.region() : null, store.availabilityZones(), 1, store.vpcCidr(),
                store.subnetCidrs(), null);
        problems.addIfAny(f + ".nodeType", InstanceCatalog.redshiftProblem(store.nodeType()));
        problems.range(f + ".numberOfNodes", store.numberOfNodes(), 1, 128, "");
        problems.matches(f + ".databaseName", store.databaseName(), SQL_IDENTIFIER, SQL_IDENTIFIER_RULE);
        problems.matches(f + ".masterUsername", store.masterUsername(), SQL_IDENTIFIER, SQL_IDENTIFIER_RULE);
        boolean ra3 = store.nodeType().startsWith("ra3.");
        if (store.port() < 1150 || store.port() > 65535) {
            problems.add(f + ".port", store.port() + " is not allowed; allowed: 1150 to 65535 (Redshift's port range; default 5439)");
        } else if (ra3 && !(store.port() >= 5431 && store.port() <= 5455) && !(store.port() >= 8191 && store.port() <= 8215)) {
            // CreateCluster: "For clusters with ra3 nodes - Select a port within the ranges 5431-5455 or 8191-8215."
            problems.add(f + ".port", store.port() + " is not allowed with " + store.nodeType()
                    + " nodes; allowed: 5431 to 5455 or 8191 to 8215 (Redshift's port ranges for ra3 clusters; default 5439)");
        }
    }

    private static void checkPeeredVpc(EnvironmentConfig env, PeeredVpcConfig peer, Problems problems) {
        String f = "connectivity.peeredVpc";
        String peerRegion = peer.region() == null ? (RegionCatalog.isRegion(env.region()) ? env.region() : null) : peer.region();
        if (peer.region() != null && !RegionCatalog.isRegion(peer.region())) {
            problems.add(f + ".region", RegionCatalog.notARegion(peer.region()) + ", or no field for the environment's region");
            peerRegion = null;
        }
        Cidr glueVpc = safeCidr(env.network() == null ? null : env.network().vpcCidr());
        checkStoreNetwork(problems, f, peerRegion, peer.availabilityZones(), 2, peer.vpcCidr(), peer.subnetCidrs(), glueVpc);
        problems.addIfAny(f + ".instanceClass", InstanceCatalog.rdsProblem(peer.instanceClass(), "db.t4g.micro"));
        problems.matches(f + ".engineVersion", peer.engineVersion(), "1[3-7](\\.\\d+)?", "PostgreSQL 13 to 17, e.g. 16 or 16.4");
        problems.matches(f + ".databaseName", peer.databaseName(), SQL_IDENTIFIER, SQL_IDENTIFIER_RULE);
        if (!SQL_IDENTIFIER.matcher(peer.masterUsername()).matches() || peer.masterUsername().startsWith("rds")
                || peer.masterUsername().equals("postgres")) {
            problems.add(f + ".masterUsername", Problems.show(peer.masterUsername()) + " is not allowed; allowed: " + SQL_IDENTIFIER_RULE
                    + ", not postgres or rds*");
        }
        problems.range(f + ".allocatedStorageGb", peer.allocatedStorageGb(), 20, 65536, "gp3");
    }

    private static void checkStoreNetwork(Problems problems, String f, String region, List<String> zones, int minZones, String vpcCidr,
                                          List<String> subnetCidrs, Cidr mustNotOverlap) {
        if (zones.size() < minZones) {
            problems.add(f + ".availabilityZones", "has " + zones.size() + " zone(s); allowed: " + minZones + " or more zones of the store's region");
        }
        RegionCatalog.checkZones(problems, f + ".availabilityZones", region, zones);
        if (zones.stream().distinct().count() != zones.size()) {
            problems.add(f + ".availabilityZones", zones + " lists a zone twice; allowed: distinct zones");
        }
        Cidr vpc = NetworkRules.vpcCidr(problems, f + ".vpcCidr", vpcCidr, "10.20.0.0/16");
        if (vpc != null && mustNotOverlap != null && vpc.overlaps(mustNotOverlap)) {
            problems.add(f + ".vpcCidr", "'" + vpc + "' overlaps the Glue VPC " + mustNotOverlap
                    + "; allowed: a block that does not overlap network.vpcCidr (VPC peering refuses overlapping CIDRs)");
        }
        if (subnetCidrs.size() != zones.size()) {
            problems.add(f + ".subnetCidrs", "has " + subnetCidrs.size() + " subnet(s) for " + zones.size()
                    + " availability zone(s); allowed: exactly one subnet per zone");
        }
        List<Cidr> seen = new ArrayList<>();
        for (int i = 0; i < subnetCidrs.size(); i++) {
            String label = f + ".subnetCidrs[" + i + "]";
            Cidr subnet = NetworkRules.subnet(problems, label, subnetCidrs.get(i), vpc, f + ".vpcCidr");
            if (subnet == null) {
                continue;
            }
            for (Cidr other : seen) {
                if (other.overlaps(subnet)) {
                    problems.add(label, "'" + subnet + "' overlaps '" + other + "'; allowed: non-overlapping subnets");
                }
            }
            seen.add(subnet);
        }
    }

    private static Cidr safeCidr(String text) {
        try {
            return text == null ? null : Cidr.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
