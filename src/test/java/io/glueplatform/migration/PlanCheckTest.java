package io.glueplatform.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The gate at the end of make adopt, on `terraform show -json` plan documents. */
class PlanCheckTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final MigrationFile FILE = new MigrationFile("dev", MigrationFile.MOVED, null, List.of(
            new MigrationFile.Matched("module.vpc.aws_vpc.main", "aws_vpc.vpc_this", "cidr_block=10.0.0.0/16", "vpc-1", null),
            new MigrationFile.Matched("aws_subnet.app[0]", "aws_subnet.vpc_private_a", "vpc_id=vpc-1, cidr_block=10.0.10.0/24", "subnet-1", null),
            new MigrationFile.Matched("aws_db_instance.db", "aws_db_instance.rds_this", "identifier=dev-mysql", "dev-mysql", null)),
            List.of(new MigrationFile.LegacyOnly("aws_s3_bucket.archive", "aws_s3_bucket", MigrationFile.REMOVED)), List.of(), List.of());

    private static JsonNode change(String address, String previous, String actions, String before, String after, String extra) {
        return read("{\"address\": \"" + address + "\", \"mode\": \"managed\", \"type\": \"" + address.substring(0, address.indexOf('.')) + "\""
                + (previous == null ? "" : ", \"previous_address\": \"" + previous + "\"")
                + ", \"change\": {\"actions\": " + actions + ", \"before\": " + before + ", \"after\": " + after
                + ", \"after_unknown\": {}" + extra + "}}");
    }

    private static JsonNode plan(JsonNode... changes) {
        return MAPPER.createObjectNode().set("resource_changes", MAPPER.createArrayNode().addAll(List.of(changes)));
    }

    @Test
    void aSafeAdoptionListsItsInPlaceUpdatesWithAttributeValuesAndReason() {
        PlanCheck.Report report = PlanCheck.check(plan(
                change("aws_vpc.vpc_this", "module.vpc.aws_vpc.main", "[\"no-op\"]", "{\"cidr_block\": \"10.0.0.0/16\"}", "{\"cidr_block\": \"10.0.0.0/16\"}", ""),
                change("aws_subnet.vpc_private_a", "aws_subnet.app[0]", "[\"update\"]", "{\"cidr_block\": \"10.0.10.0/24\", \"tags\": {\"Name\": \"app-0\"}}",
                        "{\"cidr_block\": \"10.0.10.0/24\", \"tags\": {\"Name\": \"dev-vpc-private-a\"}}", ""),
                change("aws_s3_bucket.archive", null, "[\"forget\"]", "{}", "null", ""),
                change("aws_s3_bucket.s3_scripts_this", null, "[\"create\"]", "null", "{\"bucket\": \"scripts\"}", "")), FILE);
        assertThat(report.offenders()).isEmpty();
        assertThat(report.moved()).isEqualTo(2);
        assertThat(report.forgotten()).isEqualTo(1);
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.updated()).singleElement().satisfies(update -> {
            assertThat(update.address()).isEqualTo("aws_subnet.vpc_private_a");
            assertThat(update.changes()).containsExactly(new PlanCheck.AttributeChange("tags", "{\"Name\":\"app-0\"}",
                    "{\"Name\":\"dev-vpc-private-a\"}", PlanCheck.KNOWN_REASONS.get("tags")));
        });
    }

    @Test
    void destroyReplaceAndADuplicateCreateAreOffenders() {
        PlanCheck.Report report = PlanCheck.check(plan(
                change("aws_db_instance.rds_this", "aws_db_instance.db", "[\"delete\", \"create\"]", "{}", "{}",
                        ", \"replace_paths\": [[\"kms_key_id\"]]"),
                change("aws_subnet.vpc_private_a", null, "[\"create\"]", "null", "{}", ""),
                change("aws_s3_bucket.archive", null, "[\"delete\"]", "{}", "null", "")), FILE);
        assertThat(report.offenders()).containsExactly(
                "aws_db_instance.rds_this: would be replaced (kms_key_id forces a new resource)",
                "aws_subnet.vpc_private_a: would be created although its counterpart aws_subnet.app[0] exists in the legacy state",
                "aws_s3_bucket.archive: would be destroyed (a legacy resource without a decision)");
    }

    @Test
    void anUnsafePlanExitsFiveAndNamesEveryOffender(@TempDir Path dir) throws IOException {
        Path planFile = dir.resolve("plan.json");
        MAPPER.writeValue(planFile.toFile(), plan(change("aws_vpc.vpc_this", "module.vpc.aws_vpc.main", "[\"create\", \"delete\"]", "{}", "{}",
                ", \"replace_paths\": [[\"cidr_block\"]]")));
        Path fileJson = Files.writeString(dir.resolve("dev.migration.json"), FILE.toJson());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PlanCheck.run(new String[]{planFile.toString(), fileJson.toString(), dir.resolve("report.json").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(PlanCheck.UNSAFE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("adopt: the adoption plan is NOT safe (1):")
                .contains("  - aws_vpc.vpc_this: would be replaced (cidr_block forces a new resource)");
        assertThat(MAPPER.readTree(dir.resolve("report.json").toFile()).path("offenders")).hasSize(1);
    }

    @Test
    void importOnlyArgumentsAreExplained() {
        PlanCheck.Report report = PlanCheck.check(plan(change("aws_db_instance.rds_this", null, "[\"update\"]",
                "{\"apply_immediately\": null}", "{\"apply_immediately\": false}", ", \"importing\": {\"id\": \"dev-mysql\"}")), FILE);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.updated().get(0).changes().get(0).reason()).startsWith("a Terraform-only argument the provider cannot read on import");
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
