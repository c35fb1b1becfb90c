package io.glueplatform.vpc;

/**
 * A subnet as other modules see it: its id, zone and block, and the route table that decides where its
 * traffic goes. {@code tier} is "public" or "private".
 */
public record SubnetRef(String tier, String availabilityZone, String cidr, String id, String routeTableId) {

    /** Short zone suffix used in addresses and names: us-east-2a -> a. */
    public static String zoneSuffix(String availabilityZone) {
        return availabilityZone.substring(availabilityZone.length() - 1);
    }

    /** This subnet's {@link #zoneSuffix(String)}. */
    public String zoneSuffix() {
        return zoneSuffix(availabilityZone);
    }
}
