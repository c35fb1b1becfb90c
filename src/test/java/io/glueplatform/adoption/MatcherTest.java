package io.glueplatform.adoption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glueplatform.stack.PlatformIdentities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every declared identity, each with a matching and a non-matching legacy resource. A case is a small world:
 * a matched VPC (and whatever else the subject references), the subject as synthesized (literals and
 * {@code ${…}} references) and its legacy counterpart as recorded in state; the non-matching case changes
 * the subject's identifying attributes in the legacy state.
 */
class MatcherTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final IdentityCatalogue CATALOGUE = PlatformIdentities.catalogue();

    /** Resources every case may reference: stack side. */
    private static final String STACK_WORLD = """
            {"aws_vpc": {"v": {"cidr_block": "10.0.0.0/16", "tags": {"Name": "dev-vpc-this"}}},
             "aws_subnet": {"s": {"vpc_id": "${aws_vpc.v.id}", "cidr_block": "10.0.10.0/24"}},
             "aws_iam_role": {"r": {"name": "dev-iam-glue-job"}},
             "aws_s3_bucket": {"b": {"bucket": "glueplat-dev-lake"}},
             "aws_security_group": {"g": {"vpc_id": "${aws_vpc.v.id}", "name": "dev-glue-sg-this"}},
             "aws_ecs_cluster": {"c": {"name": "dev-cluster"}}}""";

    /** ... and legacy side (other addresses, same identities). */
    private static final String LEGACY_WORLD = """
            [{"address": "module.vpc.aws_vpc.this[0]", "type": "aws_vpc", "attributes": {"id": "vpc-1", "cidr_block": "10.0.0.0/16", "tags": {"Name": "dev-vpc-this"}}},
             {"address": "module.vpc.aws_subnet.private[0]", "type": "aws_subnet", "attributes": {"id": "subnet-1", "vpc_id": "vpc-1", "cidr_block": "10.0.10.0/24"}},
             {"address": "aws_iam_role.etl", "type": "aws_iam_role", "attributes": {"id": "dev-iam-glue-job", "name": "dev-iam-glue-job", "arn": "arn:aws:iam::123456789012:role/dev-iam-glue-job"}},
             {"address": "aws_s3_bucket.lake", "type": "aws_s3_bucket", "attributes": {"id": "glueplat-dev-lake", "bucket": "glueplat-dev-lake"}},
             {"address": "aws_security_group.etl", "type": "aws_security_group", "attributes": {"id": "sg-1", "vpc_id": "vpc-1", "name": "dev-glue-sg-this"}},
             {"address": "aws_ecs_cluster.c", "type": "aws_ecs_cluster", "attributes": {"id": "arn:aws:ecs:us-east-2:123456789012:cluster/dev-cluster", "name": "dev-cluster", "arn": "arn:aws:ecs:us-east-2:123456789012:cluster/dev-cluster"}}]""";

    /**
     * @param stack    extra stack resources {type: {name: config}}; the subject is {@code subject}
     * @param legacy   the subject's legacy counterpart (and extra legacy resources), addresses start with "legacy."
     * @param mismatch attribute changes of the legacy subject that must make it unrecognisable
     */
    record Case(String type, String stack, String legacy, String mismatch) {
        @Override
        public String toString() {
            return type;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("aws_kms_alias", "{\"aws_kms_alias\": {\"subject\": {\"name\": \"alias/glue-platform-dev\"}}}",
                        "[{\"type\": \"aws_kms_alias\", \"attributes\": {\"name\": \"alias/glue-platform-dev\"}}]", "{\"name\": \"alias/other\"}"),
                new Case("aws_kms_key", """
                        {"aws_kms_key": {"subject": {"description": "new description"}},
                         "aws_kms_alias": {"a": {"name": "alias/glue-platform-dev", "target_key_id": "${aws_kms_key.subject.key_id}"}}}""", """
                        [{"type": "aws_kms_key", "attributes": {"id": "k-1", "key_id": "k-1", "description": "old description"}},
                         {"address": "other.aws_kms_alias.x", "type": "aws_kms_alias", "attributes": {"name": "alias/glue-platform-dev", "target_key_id": "k-1"}}]""",
                        "{\"id\": \"k-2\", \"key_id\": \"k-2\"}"),
                new Case("aws_vpc", "{\"aws_vpc\": {\"subject\": {\"cidr_block\": \"10.9.0.0/16\", \"tags\": {\"Name\": \"ours\"}}}}",
                        "[{\"type\": \"aws_vpc\", \"attributes\": {\"id\": \"vpc-9\", \"cidr_block\": \"10.9.0.0/16\", \"tags\": {\"Name\": \"theirs\"}}}]",
                        "{\"cidr_block\": \"10.8.0.0/16\"}"),
                new Case("aws_subnet", "{\"aws_subnet\": {\"subject\": {\"vpc_id\": \"${aws_vpc.v.id}\", \"cidr_block\": \"10.0.20.0/24\"}}}",
                        "[{\"type\": \"aws_subnet\", \"attributes\": {\"id\": \"subnet-2\", \"vpc_id\": \"vpc-1\", \"cidr_block\": \"10.0.20.0/24\"}}]",
                        "{\"vpc_id\": \"vpc-other\"}"),
                new Case("aws_internet_gateway", "{\"aws_internet_gateway\": {\"subject\": {\"vpc_id\": \"${aws_vpc.v.id}\"}}}",
                        "[{\"type\": \"aws_internet_gateway\", \"attributes\": {\"id\": \"igw-1\", \"vpc_id\": \"vpc-1\"}}]", "{\"vpc_id\": \"vpc-other\"}"),
                new Case("aws_default_security_group", "{\"aws_default_security_group\": {\"subject\": {\"vpc_id\": \"${aws_vpc.v.id}\"}}}",
                        "[{\"type\": \"aws_default_security_group\", \"attributes\": {\"id\": \"sg-d\", \"vpc_id\": \"vpc-1\"}}]", "{\"vpc_id\": \"vpc-other\"}"),
                new Case("aws_route_table", """
                        {"aws_route_table": {"subject": {"vpc_id": "${aws_vpc.v.id}", "tags": {"Name": "dev-vpc-private-a"}}},
                         "aws_route_table_association": {"a": {"subnet_id": "${aws_subnet.s.id}", "route_table_id": "${aws_route_table.subject.id}"}}}""", """
                        [{"type": "aws_route_table", "attributes": {"id": "rtb-1", "vpc_id": "vpc-1", "tags": {"Name": "app-0"}}},
                         {"address": "other.aws_route_table_association.x", "type": "aws_route_table_association", "attributes": {"id": "rtbassoc-1", "subnet_id": "subnet-1", "route_table_id": "rtb-1"}}]""",
                        "{\"id\": \"rtb-2\"}"),
                new Case("aws_route_table_association", "{\"aws_route_table_association\": {\"subject\": {\"subnet_id\": \"${aws_subnet.s.id}\", \"route_table_id\": \"rtb-literal\"}}}",
                        "[{\"type\": \"aws_route_table_association\", \"attributes\": {\"id\": \"rtbassoc-1\", \"subnet_id\": \"subnet-1\", \"route_table_id\": \"rtb-literal\"}}]",
                        "{\"subnet_id\": \"subnet-other\"}"),
                new Case("aws_route", "{\"aws_route\": {\"subject\": {\"route_table_id\": \"rtb-literal\", \"destination_cidr_block\": \"0.0.0.0/0\"}}}",
                        "[{\"type\": \"aws_route\", \"attributes\": {\"id\": \"r-1\", \"route_table_id\": \"rtb-literal\", \"destination_cidr_block\": \"0.0.0.0/0\"}}]",
                        "{\"destination_cidr_block\": \"10.1.0.0/16\"}"),
                new Case("aws_nat_gateway", "{\"aws_nat_gateway\": {\"subject\": {\"subnet_id\": \"${aws_subnet.s.id}\"}}}",
                        "[{\"type\": \"aws_nat_gateway\", \"attributes\": {\"id\": \"nat-1\", \"subnet_id\": \"subnet-1\"}}]", "{\"subnet_id\": \"subnet-other\"}"),
                new Case("aws_eip", """
                        {"aws_eip": {"subject": {"domain": "vpc", "tags": {"Name": "dev-vpc-nat-a"}}},
                         "aws_nat_gateway": {"n": {"subnet_id": "${aws_subnet.s.id}", "allocation_id": "${aws_eip.subject.id}"}}}""", """
                        [{"type": "aws_eip", "attributes": {"id": "eipalloc-1", "tags": {"Name": "egress-0"}}},
                         {"address": "other.aws_nat_gateway.x", "type": "aws_nat_gateway", "attributes": {"id": "nat-1", "subnet_id": "subnet-1", "allocation_id": "eipalloc-1"}}]""",
                        "{\"id\": \"eipalloc-2\"}"),
                new Case("aws_vpc_endpoint", "{\"aws_vpc_endpoint\": {\"subject\": {\"vpc_id\": \"${aws_vpc.v.id}\", \"service_name\": \"com.amazonaws.us-east-2.s3\"}}}",
                        "[{\"type\": \"aws_vpc_endpoint\", \"attributes\": {\"id\": \"vpce-1\", \"vpc_id\": \"vpc-1\", \"service_name\": \"com.amazonaws.us-east-2.s3\"}}]",
                        "{\"service_name\": \"com.amazonaws.us-east-2.ssm\"}"),
                new Case("aws_security_group", "{\"aws_security_group\": {\"subject\": {\"vpc_id\": \"${aws_vpc.v.id}\", \"name\": \"dev-rds-sg-this\"}}}",
                        "[{\"type\": \"aws_security_group\", \"attributes\": {\"id\": \"sg-2\", \"vpc_id\": \"vpc-1\", \"name\": \"dev-rds-sg-this\"}}]",
                        "{\"name\": \"rds\"}"),
                new Case("aws_vpc_security_group_ingress_rule", "{\"aws_vpc_security_group_ingress_rule\": {\"subject\": {\"security_group_id\": \"${aws_security_group.g.id}\", \"ip_protocol\": \"tcp\", \"from_port\": 3306, \"to_port\": 3306, \"referenced_security_group_id\": \"${aws_security_group.g.id}\"}}}",
                        "[{\"type\": \"aws_vpc_security_group_ingress_rule\", \"attributes\": {\"id\": \"sgr-1\", \"security_group_id\": \"sg-1\", \"ip_protocol\": \"tcp\", \"from_port\": 3306, \"to_port\": 3306, \"cidr_ipv4\": null, \"referenced_security_group_id\": \"sg-1\"}}]",
                        "{\"from_port\": 5432, \"to_port\": 5432}"),
                new Case("aws_vpc_security_group_egress_rule", "{\"aws_vpc_security_group_egress_rule\": {\"subject\": {\"security_group_id\": \"${aws_security_group.g.id}\", \"ip_protocol\": \"tcp\", \"from_port\": 443, \"to_port\": 443, \"cidr_ipv4\": \"0.0.0.0/0\"}}}",
                        "[{\"type\": \"aws_vpc_security_group_egress_rule\", \"attributes\": {\"id\": \"sgr-2\", \"security_group_id\": \"sg-1\", \"ip_protocol\": \"tcp\", \"from_port\": 443, \"to_port\": 443, \"cidr_ipv4\": \"0.0.0.0/0\"}}]",
                        "{\"cidr_ipv4\": \"10.0.0.0/16\"}"),
                new Case("aws_flow_log", "{\"aws_flow_log\": {\"subject\": {\"vpc_id\": \"${aws_vpc.v.id}\", \"log_destination_type\": \"cloud-watch-logs\", \"traffic_type\": \"ALL\"}}}",
                        "[{\"type\": \"aws_flow_log\", \"attributes\": {\"id\": \"fl-1\", \"vpc_id\": \"vpc-1\", \"log_destination_type\": \"cloud-watch-logs\", \"traffic_type\": \"ALL\"}}]",
                        "{\"vpc_id\": \"vpc-other\"}"),
                new Case("aws_cloudwatch_log_group", "{\"aws_cloudwatch_log_group\": {\"subject\": {\"name\": \"/aws-glue/jobs-${aws_iam_role.r.name}/error\"}}}",
                        "[{\"type\": \"aws_cloudwatch_log_group\", \"attributes\": {\"id\": \"/aws-glue/jobs-dev-iam-glue-job/error\", \"name\": \"/aws-glue/jobs-dev-iam-glue-job/error\"}}]",
                        "{\"name\": \"/aws-glue/jobs-other/error\"}"),
                new Case("aws_vpc_peering_connection", "{\"aws_vpc_peering_connection\": {\"subject\": {\"vpc_id\": \"${aws_vpc.v.id}\", \"peer_vpc_id\": \"vpc-peer\"}}}",
                        "[{\"type\": \"aws_vpc_peering_connection\", \"attributes\": {\"id\": \"pcx-1\", \"vpc_id\": \"vpc-1\", \"peer_vpc_id\": \"vpc-peer\"}}]",
                        "{\"peer_vpc_id\": \"vpc-elsewhere\"}"),
                new Case("aws_s3_bucket", "{\"aws_s3_bucket\": {\"subject\": {\"bucket\": \"glueplat-dev-scripts\"}}}",
                        "[{\"type\": \"aws_s3_bucket\", \"attributes\": {\"id\": \"glueplat-dev-scripts\", \"bucket\": \"glueplat-dev-scripts\"}}]",
                        "{\"bucket\": \"glueplat-dev-scripts-old\"}"),
                bucketPart("aws_s3_bucket_public_access_block"), bucketPart("aws_s3_bucket_ownership_controls"),
                bucketPart("aws_s3_bucket_versioning"), bucketPart("aws_s3_bucket_server_side_encryption_configuration"),
                bucketPart("aws_s3_bucket_lifecycle_configuration"), bucketPart("aws_s3_bucket_policy"), bucketPart("aws_s3_bucket_logging"),
                new Case("aws_s3_object", "{\"aws_s3_object\": {\"subject\": {\"bucket\": \"${aws_s3_bucket.b.id}\", \"key\": \"scripts/1.py\"}}}",
                        "[{\"type\": \"aws_s3_object\", \"attributes\": {\"id\": \"scripts/1.py\", \"bucket\": \"glueplat-dev-lake\", \"key\": \"scripts/1.py\"}}]",
                        "{\"key\": \"scripts/2.py\"}"),
                named("aws_iam_role"), named("aws_iam_instance_profile"), named("aws_iam_policy"),
                new Case("aws_iam_role_policy", "{\"aws_iam_role_policy\": {\"subject\": {\"role\": \"${aws_iam_role.r.id}\", \"name\": \"kms\"}}}",
                        "[{\"type\": \"aws_iam_role_policy\", \"attributes\": {\"id\": \"dev-iam-glue-job:kms\", \"role\": \"dev-iam-glue-job\", \"name\": \"kms\"}}]",
                        "{\"name\": \"logs\"}"),
                new Case("aws_iam_role_policy_attachment", "{\"aws_iam_role_policy_attachment\": {\"subject\": {\"role\": \"${aws_iam_role.r.name}\", \"policy_arn\": \"arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole\"}}}",
                        "[{\"type\": \"aws_iam_role_policy_attachment\", \"attributes\": {\"id\": \"dev-iam-glue-job-2024\", \"role\": \"dev-iam-glue-job\", \"policy_arn\": \"arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole\"}}]",
                        "{\"policy_arn\": \"arn:aws:iam::aws:policy/AmazonS3FullAccess\"}"),
                new Case("aws_db_instance", "{\"aws_db_instance\": {\"subject\": {\"identifier\": \"dev-mysql\"}}}",
                        "[{\"type\": \"aws_db_instance\", \"attributes\": {\"id\": \"db-ABC\", \"identifier\": \"dev-mysql\"}}]", "{\"identifier\": \"dev-mysql-old\"}"),
                named("aws_db_subnet_group"), named("aws_db_parameter_group"), named("aws_launch_template"),
                new Case("aws_instance", """
                        {"aws_launch_template": {"t": {"name": "dev-ec2-tools-host"}},
                         "aws_instance": {"subject": {"launch_template": {"id": "${aws_launch_template.t.id}"}, "tags": {"Name": "dev-ec2-tools-host"}}}}""", """
                        [{"address": "other.aws_launch_template.t", "type": "aws_launch_template", "attributes": {"id": "lt-1", "name": "dev-ec2-tools-host"}},
                         {"type": "aws_instance", "attributes": {"id": "i-1", "launch_template": [{"id": "lt-1", "version": "1"}], "tags": {"Name": "tools"}}}]""",
                        "{\"launch_template\": [{\"id\": \"lt-2\"}]}"),
                named("aws_glue_job"), named("aws_glue_connection"), named("aws_glue_crawler"), named("aws_glue_catalog_database"),
                named("aws_glue_security_configuration"), named("aws_glue_trigger"), named("aws_glue_workflow"),
                named("aws_secretsmanager_secret"), named("aws_ecr_repository"), named("aws_ecs_cluster_capacity_providers", "cluster_name"),
                new Case("aws_ecr_lifecycle_policy", "{\"aws_ecr_lifecycle_policy\": {\"subject\": {\"repository\": \"dev/glue-jobs\"}}}",
                        "[{\"type\": \"aws_ecr_lifecycle_policy\", \"attributes\": {\"id\": \"dev/glue-jobs\", \"repository\": \"dev/glue-jobs\"}}]",
                        "{\"repository\": \"dev/spark\"}"),
                named("aws_ecs_cluster"),
                new Case("aws_ecs_service", "{\"aws_ecs_service\": {\"subject\": {\"cluster\": \"${aws_ecs_cluster.c.arn}\", \"name\": \"processing\"}}}",
                        "[{\"type\": \"aws_ecs_service\", \"attributes\": {\"id\": \"svc\", \"cluster\": \"arn:aws:ecs:us-east-2:123456789012:cluster/dev-cluster\", \"name\": \"processing\"}}]",
                        "{\"name\": \"other\"}"),
                named("aws_ecs_task_definition", "family"));
    }

    private static Case bucketPart(String type) {
        return new Case(type, "{\"" + type + "\": {\"subject\": {\"bucket\": \"${aws_s3_bucket.b.id}\"}}}",
                "[{\"type\": \"" + type + "\", \"attributes\": {\"id\": \"glueplat-dev-lake\", \"bucket\": \"glueplat-dev-lake\"}}]",
                "{\"bucket\": \"glueplat-dev-outputs\"}");
    }

    private static Case named(String type) {
        return named(type, "name");
    }

    private static Case named(String type, String attribute) {
        return new Case(type, "{\"" + type + "\": {\"subject\": {\"" + attribute + "\": \"dev-thing\"}}}",
                "[{\"type\": \"" + type + "\", \"attributes\": {\"id\": \"dev-thing\", \"" + attribute + "\": \"dev-thing\"}}]",
                "{\"" + attribute + "\": \"dev-other-thing\"}");
    }

    @Test
    void everyDeclaredIdentityHasACase() {
        Set<String> covered = new TreeSet<>();
        cases().forEach(c -> covered.add(c.type()));
        assertThat(covered).containsAll(CATALOGUE.declaredTypes());
    }

    @ParameterizedTest(name = "{0} matches its legacy counterpart")
    @MethodSource("cases")
    void matching(Case c) {
        Matcher.Result result = match(c, null);
        String subject = c.type() + ".subject";
        assertThat(result.matched()).as("%s", result).anySatisfy(m -> {
            assertThat(m.stackAddress()).isEqualTo(subject);
            assertThat(m.legacyAddress()).isEqualTo("legacy." + c.type() + ".subject");
        });
        assertThat(result.ambiguous()).isEmpty();
    }

    @ParameterizedTest(name = "{0} does not match a legacy resource with another identity")
    @MethodSource("cases")
    void nonMatching(Case c) {
        Matcher.Result result = match(c, c.mismatch());
        String subject = c.type() + ".subject";
        assertThat(result.matched()).as("%s", result).noneSatisfy(m -> assertThat(m.stackAddress()).isEqualTo(subject));
        assertThat(result.stackOnly()).extracting(StackResource::address).contains(subject);
        assertThat(result.legacyOnly()).extracting(LegacyResource::address).contains("legacy." + c.type() + ".subject");
    }

    @Test
    void aVpcWhoseNameTagDiffersFallsBackToItsCidrAndSubnetsFollowTheMatchedVpc() {
        Matcher.Result result = Matcher.match(CATALOGUE, "dev", legacy(LEGACY_WORLD.replace("\"Name\": \"dev-vpc-this\"", "\"Name\": \"data-network\"")),
                StackResource.of(stack("{}")), Map.of());
        assertThat(result.matched()).anySatisfy(m -> {
            assertThat(m.stackAddress()).isEqualTo("aws_vpc.v");
            assertThat(m.identity()).isEqualTo("cidr_block=10.0.0.0/16");
        }).anySatisfy(m -> {
            assertThat(m.stackAddress()).isEqualTo("aws_subnet.s");
            assertThat(m.identity()).isEqualTo("vpc_id=vpc-1, cidr_block=10.0.10.0/24");
        });
    }

    @Test
    void aSubnetInAnotherVpcIsNotMatchedEvenWithTheSameCidr() {
        String legacy = LEGACY_WORLD.replace("\"vpc_id\": \"vpc-1\", \"cidr_block\": \"10.0.10.0/24\"", "\"vpc_id\": \"vpc-2\", \"cidr_block\": \"10.0.10.0/24\"");
        Matcher.Result result = Matcher.match(CATALOGUE, "dev", legacy(legacy), StackResource.of(stack("{}")), Map.of());
        assertThat(result.matched()).extracting(Matcher.Match::stackAddress).contains("aws_vpc.v").doesNotContain("aws_subnet.s");
    }

    @Test
    void twoLegacyCandidatesForOneIdentityAreRefusedWithTheirCandidates() {
        String stack = "{\"aws_eip\": {\"e\": {\"domain\": \"vpc\", \"tags\": {\"Name\": \"nat\"}}}}";
        String legacy = "[{\"address\": \"aws_eip.a\", \"type\": \"aws_eip\", \"attributes\": {\"id\": \"e-1\", \"tags\": {\"Name\": \"nat\"}}},"
                + " {\"address\": \"aws_eip.b\", \"type\": \"aws_eip\", \"attributes\": {\"id\": \"e-2\", \"tags\": {\"Name\": \"nat\"}}}]";
        Matcher.Result result = Matcher.match(CATALOGUE, "dev", legacyOnly(legacy), StackResource.of(document(stack)), Map.of());
        assertThat(result.matched()).isEmpty();
        assertThat(result.ambiguous()).singleElement().satisfies(a -> {
            assertThat(a.stackAddress()).isEqualTo("aws_eip.e");
            assertThat(a.candidates()).containsExactly("aws_eip.a", "aws_eip.b");
        });
    }

    @Test
    void aPinnedPairIsKeptWhateverTheIdentities() {
        String stack = "{\"aws_eip\": {\"e\": {\"domain\": \"vpc\", \"tags\": {\"Name\": \"nat\"}}}}";
        String legacy = "[{\"address\": \"aws_eip.a\", \"type\": \"aws_eip\", \"attributes\": {\"id\": \"e-1\", \"tags\": {\"Name\": \"x\"}}}]";
        Matcher.Result result = Matcher.match(CATALOGUE, "dev", legacyOnly(legacy), StackResource.of(document(stack)), Map.of("aws_eip.e", "aws_eip.a"));
        assertThat(result.matched()).singleElement().satisfies(m -> assertThat(m.identity()).isEqualTo("pinned by hand"));
    }

    @Test
    void theSameIdentityTwiceInTheLegacyStateIsBadInput() {
        String legacy = "[{\"address\": \"aws_s3_bucket.a\", \"type\": \"aws_s3_bucket\", \"attributes\": {\"bucket\": \"lake\"}},"
                + " {\"address\": \"module.x.aws_s3_bucket.b\", \"type\": \"aws_s3_bucket\", \"attributes\": {\"bucket\": \"lake\"}}]";
        assertThatThrownBy(() -> Matcher.match(CATALOGUE, "dev", legacyOnly(legacy), List.of(), Map.of()))
                .isInstanceOf(AdoptionException.class)
                .hasMessage("environment 'dev': the legacy state holds the aws_s3_bucket with bucket=lake twice (aws_s3_bucket.a and"
                        + " module.x.aws_s3_bucket.b); allowed: each AWS object once — remove the duplicate from the legacy state (terraform state rm) first");
    }

    @Test
    void importIdsFollowTheProvidersImportFormat() {
        Matcher.Result result = match(cases().filter(c -> c.type().equals("aws_iam_role_policy_attachment")).findFirst().orElseThrow(), null);
        assertThat(result.matched()).filteredOn(m -> m.type().equals("aws_iam_role_policy_attachment")).singleElement()
                .satisfies(m -> assertThat(m.importId()).isEqualTo("dev-iam-glue-job/arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole"));
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private static Matcher.Result match(Case c, String mismatch) {
        JsonNode stack = stack(c.stack());
        List<LegacyResource> legacy = new ArrayList<>(legacy(LEGACY_WORLD));
        for (JsonNode node : read(c.legacy())) {
            ObjectNode attributes = (ObjectNode) node.path("attributes");
            String address = node.has("address") ? node.path("address").asText() : "legacy." + node.path("type").asText() + ".subject";
            if (mismatch != null && !node.has("address")) {
                attributes.setAll((ObjectNode) read(mismatch));
            }
            legacy.add(new LegacyResource(address, node.path("type").asText(), attributes));
        }
        return Matcher.match(CATALOGUE, "dev", legacy, StackResource.of(stack), Map.of());
    }

    private static JsonNode stack(String extra) {
        ObjectNode resources = (ObjectNode) read(STACK_WORLD);
        Iterator<Map.Entry<String, JsonNode>> types = read(extra).fields();
        while (types.hasNext()) {
            Map.Entry<String, JsonNode> type = types.next();
            ObjectNode existing = resources.has(type.getKey()) ? (ObjectNode) resources.get(type.getKey()) : resources.putObject(type.getKey());
            existing.setAll((ObjectNode) type.getValue());
        }
        return MAPPER.createObjectNode().set("resource", resources);
    }

    private static JsonNode document(String resources) {
        return MAPPER.createObjectNode().set("resource", read(resources));
    }

    private static List<LegacyResource> legacy(String json) {
        List<LegacyResource> resources = new ArrayList<>();
        for (JsonNode node : read(json)) {
            resources.add(new LegacyResource(node.path("address").asText(), node.path("type").asText(), node.path("attributes")));
        }
        return resources;
    }

    private static List<LegacyResource> legacyOnly(String json) {
        return legacy(json);
    }

    static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
