package io.glueplatform.preflight;

import io.glueplatform.testing.SynthFixture;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ReachabilityReportTest {

    @Test
    void printsEachJobsPathToEachStoreWithTheAdmittingRule() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReachabilityReport.print("dataxr", NetworkModel.of(SynthFixture.synth("dataxr").json()), new PrintStream(out, true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report)
                .contains("job dataxr-orders-enrichment (aws_glue_job.glue_orders_enrichment)")
                .contains("connections, in order: [glue_network_a, glue_network_b, glue_mysql, glue_postgres]")
                .contains("ENI subnet: aws_subnet.vpc_private_a 10.0.10.0/24 in us-east-2a (VPC aws_vpc.vpc_this)")
                .contains("0.0.0.0/0 → nat gateway aws_nat_gateway.vpc_nat_a")
                .contains("S3 prefix list → gateway endpoint aws_vpc_endpoint.vpc_s3")
                .contains("10.20.0.0/16 → peering aws_vpc_peering_connection.peer_link")
                .contains("admitted by aws_vpc_security_group_ingress_rule.peer_rds_sg_in_postgres_from_glue_vpc (tcp 5432 from 10.0.0.0/16)")
                .contains("admitted by aws_vpc_security_group_ingress_rule.xr_redshift_sg_in_glue_nat_0 (tcp 5439 from ${aws_eip.vpc_nat_a.public_ip}/32)")
                .contains("admitted by aws_vpc_security_group_ingress_rule.rds_sg_in_mysql_from_glue (tcp 3306 from security group aws_security_group.glue_sg_this)")
                .doesNotContain("UNREACHABLE");
    }
}
