package io.glueplatform.firewall;

/** A protocol and port range for a security group rule. {@code protocol "-1"} means all traffic. */
public record PortRange(String protocol, Integer from, Integer to) {

    public static PortRange tcp(int port) {
        return new PortRange("tcp", port, port);
    }

    public static PortRange tcp(int from, int to) {
        return new PortRange("tcp", from, to);
    }

    /** Every TCP port: what Spark's driver and executors need between each other (dynamic RPC ports). */
    public static PortRange allTcp() {
        return new PortRange("tcp", 0, 65535);
    }

    public static PortRange allTraffic() {
        return new PortRange("-1", null, null);
    }

    public boolean coversAllTcp() {
        return "-1".equals(protocol) || ("tcp".equals(protocol) && from == 0 && to == 65535);
    }

    @Override
    public String toString() {
        if ("-1".equals(protocol)) {
            return "all traffic";
        }
        return protocol + " " + (from.equals(to) ? String.valueOf(from) : from + "-" + to);
    }
}
