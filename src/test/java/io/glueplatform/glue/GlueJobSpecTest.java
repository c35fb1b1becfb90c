package io.glueplatform.glue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A job spec refuses VPC settings as arguments: Glue ignores them, only connections place a job in a VPC. */
class GlueJobSpecTest {

    private static GlueJobSpec spec(Map<String, String> arguments) {
        return new GlueJobSpec("cleansing", "cleansing", "cleansing/1_data_cleansing.py", "test job", arguments, null, null, Map.of());
    }

    @Test
    void refusesVpcSubnetIds() {
        assertThatThrownBy(() -> spec(Map.of("--vpc-subnet-ids", "subnet-0123456789abcdef0")))
                .as("--vpc-subnet-ids argument")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--vpc-subnet-ids")
                .hasMessageMatching("(?s).*\\bconnections?\\b.*");
    }

    @Test
    void refusesVpcSecurityGroupIds() {
        assertThatThrownBy(() -> spec(Map.of("--vpc-security-group-ids", "sg-0123456789abcdef0")))
                .as("--vpc-security-group-ids argument")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--vpc-security-group-ids")
                .hasMessageMatching("(?s).*NETWORK/JDBC connections.*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--VPC-Subnet-Ids", "--subnet-id", "--security-group-ids", "--vpc"})
    void refusesOtherVpcLookingArgumentsRegardlessOfCase(String key) {
        assertThatThrownBy(() -> spec(Map.of(key, "x")))
                .as("argument %s", key)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("(?s)glue job cleansing: argument '" + java.util.regex.Pattern.quote(key) + "' .*connections.*");
    }

    @Test
    void refusesArgumentsWithoutLeadingDashes() {
        assertThatThrownBy(() -> spec(Map.of("TARGET_PATH", "s3://bucket/")))
                .as("argument without --")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching(".*'TARGET_PATH' must start with --.*");
    }

    @Test
    void acceptsOrdinaryScriptArgumentsAndKeepsAnImmutableCopy() {
        java.util.Map<String, String> arguments = new java.util.HashMap<>(Map.of("--TARGET_PATH", "s3://bucket/processed/"));
        GlueJobSpec spec = spec(arguments);
        arguments.put("--vpc-subnet-ids", "subnet-0123456789abcdef0");
        assertThat(spec.arguments()).as("arguments after mutating the caller's map").containsOnlyKeys("--TARGET_PATH");
        assertThatThrownBy(() -> spec.arguments().put("--x", "y")).as("arguments are immutable")
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
