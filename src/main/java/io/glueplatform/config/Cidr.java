package io.glueplatform.config;

/**
 * An IPv4 CIDR block. Parsing is strict: the address must be the network address of the block
 * (AWS rejects {@code 10.0.1.5/24} for a VPC or subnet), so a typo fails at synth, not at apply.
 */
public record Cidr(long network, int prefixLength) {

    public static Cidr parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("is missing");
        }
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 CIDR block (expected a.b.c.d/n)");
        }
        String[] octets = parts[0].split("\\.", -1);
        if (octets.length != 4) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 CIDR block (expected a.b.c.d/n)");
        }
        long address = 0;
        for (String octet : octets) {
            int value = parseNumber(octet, 255, text);
            address = (address << 8) | value;
        }
        int prefix = parseNumber(parts[1], 32, text);
        long mask = mask(prefix);
        if ((address & ~mask & 0xFFFFFFFFL) != 0) {
            throw new IllegalArgumentException("'" + text + "' has host bits set; the block starts at "
                    + format(address & mask) + "/" + prefix);
        }
        String canonical = format(address) + "/" + prefix;
        if (!canonical.equals(text)) {
            // The raw text goes to Terraform, whose provider rejects spaces, leading zeros and non-ASCII digits.
            throw new IllegalArgumentException("'" + text + "' is not written canonically; write " + canonical);
        }
        return new Cidr(address, prefix);
    }

    private static int parseNumber(String digits, int max, String whole) {
        if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("'" + whole + "' is not an IPv4 CIDR block (expected a.b.c.d/n)");
        }
        int value = Integer.parseInt(digits);
        if (value > max) {
            throw new IllegalArgumentException("'" + whole + "' is not an IPv4 CIDR block (" + value + " > " + max + ")");
        }
        return value;
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    private static String format(long address) {
        return ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "." + (address & 255);
    }

    public long size() {
        return 1L << (32 - prefixLength);
    }

    public long lastAddress() {
        return network + size() - 1;
    }

    public boolean contains(Cidr other) {
        return other.network >= network && other.lastAddress() <= lastAddress();
    }

    public boolean overlaps(Cidr other) {
        return network <= other.lastAddress() && other.network <= lastAddress();
    }

    /** Addresses Glue, RDS or EC2 can use: AWS reserves the first four and the last address of every subnet. */
    public long usableAddresses() {
        return Math.max(0, size() - 5);
    }

    @Override
    public String toString() {
        return format(network) + "/" + prefixLength;
    }
}
