package io.glueplatform.config;

import java.util.ArrayList;
import java.util.List;

/** {@code network} and {@code adminCidrs}: the VPC, one public and one private subnet per zone, endpoints. */
final class NetworkRules implements SectionRules {

    @Override
    public void check(EnvironmentConfig env, Problems problems) {
        checkNetwork(env, problems);
        for (int i = 0; i < env.adminCidrs().size(); i++) {
            Cidr cidr = problems.cidr("adminCidrs[" + i + "]", env.adminCidrs().get(i));
            if (cidr != null && cidr.prefixLength() < 8) {
                problems.add("adminCidrs[" + i + "]", "'" + cidr + "' opens admin ports to (almost) the whole internet;"
                        + " allowed: /8 or narrower, e.g. your office range or VPN egress /32");
            }
        }
    }

    private static void checkNetwork(EnvironmentConfig env, Problems problems) {
        NetworkConfig network = env.network();
        if (network == null) {
            problems.add("network", "is missing but required; allowed: an object with vpcCidr, publicSubnetCidrs and privateSubnetCidrs");
            return;
        }
        Cidr vpc = vpcCidr(problems, "network.vpcCidr", network.vpcCidr(), "10.0.0.0/16");
        List<Cidr> subnets = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int zones = env.availabilityZones().size();
        checkSubnets(problems, zones, "network.publicSubnetCidrs", network.publicSubnetCidrs(), vpc, subnets, labels);
        checkSubnets(problems, zones, "network.privateSubnetCidrs", network.privateSubnetCidrs(), vpc, subnets, labels);
        for (int i = 0; i < subnets.size(); i++) {
            for (int j = i + 1; j < subnets.size(); j++) {
                if (subnets.get(i).overlaps(subnets.get(j))) {
                    problems.add(labels.get(j), "'" + subnets.get(j) + "' overlaps " + labels.get(i) + " '" + subnets.get(i)
                            + "'; allowed: non-overlapping subnets");
                }
            }
        }
        for (String endpoint : network.optionalInterfaceEndpoints()) {
            if (!NetworkConfig.OPTIONAL_ENDPOINTS.contains(endpoint)) {
                problems.add("network.optionalInterfaceEndpoints", "'" + endpoint + "' is not allowed; allowed: "
                        + String.join(", ", NetworkConfig.OPTIONAL_ENDPOINTS));
            }
        }
    }

    /** A required VPC block of /16 to /28 (AWS VPC limits), or null and a problem. */
    static Cidr vpcCidr(Problems problems, String field, String text, String example) {
        if (!problems.required(field, text, "an IPv4 CIDR block from /16 to /28 such as " + example)) {
            return null;
        }
        Cidr vpc = problems.cidr(field, text);
        if (vpc != null && (vpc.prefixLength() < 16 || vpc.prefixLength() > 28)) {
            problems.add(field, "'" + vpc + "' has prefix /" + vpc.prefixLength() + "; allowed: /16 to /28 (AWS VPC limits)");
            return null;
        }
        return vpc;
    }

    private static void checkSubnets(Problems problems, int zones, String field, List<String> cidrs, Cidr vpc, List<Cidr> all,
                                     List<String> labels) {
        if (cidrs.size() != zones) {
            problems.add(field, "has " + cidrs.size() + " subnet(s) for " + zones + " availability zone(s); allowed: exactly one subnet per zone");
        }
        for (int i = 0; i < cidrs.size(); i++) {
            String label = field + "[" + i + "]";
            Cidr subnet = subnet(problems, label, cidrs.get(i), vpc, "network.vpcCidr");
            // Overlaps are only reported among subnets inside the VPC; one outside has its own problem already.
            if (subnet != null && (vpc == null || vpc.contains(subnet))) {
                all.add(subnet);
                labels.add(label);
            }
        }
    }

    /** A subnet block: well-formed, /28 or larger, inside {@code vpc} when that is known; null when malformed. */
    static Cidr subnet(Problems problems, String label, String text, Cidr vpc, String vpcField) {
        Cidr subnet = problems.cidr(label, text);
        if (subnet == null) {
            return null;
        }
        if (subnet.prefixLength() > 28) {
            problems.add(label, "'" + subnet + "' is smaller than /28; allowed: /16 to /28 (AWS subnet limits)");
        }
        if (vpc != null && !vpc.contains(subnet)) {
            problems.add(label, "'" + subnet + "' is outside the VPC " + vpc + "; allowed: a block inside " + vpcField);
        }
        return subnet;
    }
}
