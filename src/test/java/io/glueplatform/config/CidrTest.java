package io.glueplatform.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CidrTest {

    @ParameterizedTest(name = "{0} -> network {1}, /{2}")
    @CsvSource({
            "10.0.0.0/16,       167772160,  16",
            "10.0.1.0/24,       167772416,  24",
            "192.168.255.240/28, 3232301040, 28",
            "0.0.0.0/0,         0,          0",
            "255.255.255.255/32, 4294967295, 32",
            "172.16.0.0/12,     2886729728, 12"
    })
    void parsesValidBlocks(String text, long network, int prefix) {
        Cidr cidr = Cidr.parse(text);

        assertThat(cidr.network()).isEqualTo(network);
        assertThat(cidr.prefixLength()).isEqualTo(prefix);
        assertThat(cidr).hasToString(text);
    }

    @Test
    void sizeAndLastAddressFollowThePrefix() {
        Cidr cidr = Cidr.parse("10.0.1.0/24");

        assertThat(cidr.size()).isEqualTo(256);
        assertThat(cidr.lastAddress()).isEqualTo(Cidr.parse("10.0.1.255/32").network());
        assertThat(Cidr.parse("0.0.0.0/0").size()).isEqualTo(1L << 32);
        assertThat(Cidr.parse("10.0.0.7/32").size()).isEqualTo(1);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
            "", "10.0.0.0", "10.0.0.0/", "/16", "10.0.0/16", "10.0.0.0.0/16", "10..0.0/16", "a.b.c.d/16",
            "10.0.0.0/16/1", "10.0.0.0/-1", "10.0.0.0/+8", "-10.0.0.0/8", "10.0.0.0/1e1", "10.0.0.0 /16",
            "1000.0.0.0/8", "10.0.0.0/0016", "10,0,0,0/16", "::1/128"
    })
    void rejectsMalformedText(String text) {
        assertThatThrownBy(() -> Cidr.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not an IPv4 CIDR block (expected a.b.c.d/n)");
    }

    @Test
    void rejectsMissingText() {
        assertThatThrownBy(() -> Cidr.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("is missing");
    }

    @ParameterizedTest(name = "{0} starts at {1}")
    @CsvSource({
            "10.0.1.5/24,  10.0.1.0/24",
            "10.0.0.1/16,  10.0.0.0/16",
            "10.1.16.0/19, 10.1.0.0/19",
            "0.0.0.1/0,    0.0.0.0/0"
    })
    void rejectsHostBitsAndNamesTheNetworkAddress(String text, String network) {
        assertThatThrownBy(() -> Cidr.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' has host bits set; the block starts at " + network);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "10.0.0.0/64", "10.0.0.0/999"})
    void rejectsPrefixAbove32(String text) {
        assertThatThrownBy(() -> Cidr.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'" + text + "' is not an IPv4 CIDR block (")
                .hasMessageMatching(".*\\(\\d+ > 32\\)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.0.0.0/8", "10.256.0.0/16", "10.0.300.0/24", "10.0.0.999/32"})
    void rejectsOctetAbove255(String text) {
        assertThatThrownBy(() -> Cidr.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("'" + java.util.regex.Pattern.quote(text) + "' is not an IPv4 CIDR block \\(\\d+ > 255\\)");
    }

    /** Terraform receives the raw text, and the AWS provider only accepts the canonical spelling. */
    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            " 10.0.0.0/16|10.0.0.0/16",
            "10.0.0.0/16 |10.0.0.0/16",
            "010.0.0.0/16|10.0.0.0/16",
            "10.0.01.0/24|10.0.1.0/24",
            "10.0.0.0/08|10.0.0.0/8",
            "١٠.0.0.0/16|10.0.0.0/16"
    }, ignoreLeadingAndTrailingWhitespace = false)
    void rejectsNonCanonicalSpellingAndSuggestsTheCanonicalOne(String text, String canonical) {
        assertThatThrownBy(() -> Cidr.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not written canonically; write " + canonical);
    }

    @Test
    void containsIsTrueOnlyForBlocksEntirelyInside() {
        Cidr vpc = Cidr.parse("10.0.0.0/16");

        assertThat(vpc.contains(Cidr.parse("10.0.0.0/16"))).as("itself").isTrue();
        assertThat(vpc.contains(Cidr.parse("10.0.0.0/24"))).as("first /24").isTrue();
        assertThat(vpc.contains(Cidr.parse("10.0.255.0/24"))).as("last /24").isTrue();
        assertThat(vpc.contains(Cidr.parse("10.0.255.255/32"))).as("last address").isTrue();
        assertThat(vpc.contains(Cidr.parse("10.1.0.0/24"))).as("next /16").isFalse();
        assertThat(vpc.contains(Cidr.parse("9.255.255.255/32"))).as("address just below").isFalse();
        assertThat(vpc.contains(Cidr.parse("10.0.0.0/15"))).as("larger block starting at the same address").isFalse();
        assertThat(Cidr.parse("10.0.1.0/24").contains(vpc)).as("subnet does not contain its VPC").isFalse();
        assertThat(Cidr.parse("0.0.0.0/0").contains(Cidr.parse("255.255.255.255/32"))).isTrue();
    }

    @Test
    void overlapsIsSymmetricAndIncludesNestingAndTouchingNothing() {
        Cidr a = Cidr.parse("10.0.1.0/24");

        assertThat(a.overlaps(Cidr.parse("10.0.1.0/24"))).as("identical").isTrue();
        assertThat(a.overlaps(Cidr.parse("10.0.1.128/25"))).as("nested").isTrue();
        assertThat(Cidr.parse("10.0.1.128/25").overlaps(a)).as("nested, reversed").isTrue();
        assertThat(a.overlaps(Cidr.parse("10.0.0.0/16"))).as("inside a larger block").isTrue();
        assertThat(a.overlaps(Cidr.parse("10.0.1.255/32"))).as("last address").isTrue();
        assertThat(a.overlaps(Cidr.parse("10.0.2.0/24"))).as("adjacent above").isFalse();
        assertThat(a.overlaps(Cidr.parse("10.0.0.0/24"))).as("adjacent below").isFalse();
        assertThat(Cidr.parse("10.0.2.0/24").overlaps(a)).as("adjacent, reversed").isFalse();
        assertThat(a.overlaps(Cidr.parse("192.168.0.0/16"))).as("far away").isFalse();
    }

    @ParameterizedTest(name = "/{0} has {1} usable addresses")
    @CsvSource({
            "16, 65531",
            "24, 251",
            "28, 11",
            "29, 3",
            "30, 0",
            "31, 0",
            "32, 0"
    })
    void usableAddressesSubtractTheFiveAwsReservesAndNeverGoNegative(int prefix, long usable) {
        assertThat(Cidr.parse("10.0.0.0/" + prefix).usableAddresses()).isEqualTo(usable);
    }
}
