package io.glueplatform.checks.rules.network;

import static io.glueplatform.checks.Tf.rule;
import io.glueplatform.checks.Finding;
import io.glueplatform.checks.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.glueplatform.checks.rules.network.NetworkFixture.document;
import static io.glueplatform.checks.rules.network.NetworkFixture.findings;
import static io.glueplatform.checks.rules.network.NetworkFixture.findingsAfter;
import static io.glueplatform.checks.rules.network.NetworkFixture.resource;
import static org.assertj.core.api.Assertions.assertThat;

class VpcDnsTest {

    private final Rule rule = rule("GLUE-NET-007");

    @Test
    void passesOnTheShippedEnvironments() {
        for (String env : List.of("dev", "prod", "dataxr")) {
            assertThat(findings(rule, document(env))).as(env).isEmpty();
        }
    }

    @Test
    void failsWhenDnsHostnamesAreOff() {
        List<Finding> findings = findingsAfter(rule, "dev", doc -> resource(doc, "aws_vpc.vpc_this").put("enable_dns_hostnames", false));
        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.problem()).isEqualTo("VPC aws_vpc.vpc_this has enable_dns_hostnames off");
            assertThat(f.fix()).contains("enable_dns_hostnames = true");
        });
    }

    @Test
    void failsWhenDnsSupportIsOff() {
        List<Finding> findings = findingsAfter(rule, "dev", doc -> resource(doc, "aws_vpc.vpc_this").put("enable_dns_support", false));
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.problem()).contains("enable_dns_support off"));
    }

    @Test
    void failsWhenThePeeringDoesNotResolveDnsForTheEniSide() {
        List<Finding> findings = findingsAfter(rule, "dataxr", doc -> resource(doc, "aws_vpc_peering_connection_options.peer_link_options").remove("requester"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.part()).isEqualTo("connection aws_glue_connection.glue_postgres");
            assertThat(f.problem()).contains("does not let aws_vpc.vpc_this (the ENI side) resolve private DNS names of aws_vpc.peer_vpc_this");
        });
    }
}
