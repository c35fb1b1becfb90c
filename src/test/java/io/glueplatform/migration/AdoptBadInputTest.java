package io.glueplatform.migration;

import io.glueplatform.stack.DeploymentTarget;
import io.glueplatform.testing.Repo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * make adopt's bad input: each is one sentence naming the environment, what is wrong and what is allowed; exit
 * status 2; nothing is written (the environments folder is unchanged, no migration file). All are refused
 * before the stack is synthesized.
 */
class AdoptBadInputTest {

    @TempDir
    Path dir;
    private Path environments;

    @BeforeEach
    void environments() throws IOException {
        environments = Files.createDirectories(dir.resolve("environments"));
        Files.copy(Repo.environments().resolve("dev.json"), environments.resolve("dev.json"));
    }

    private record Outcome(int exitCode, String out, String err) {
    }

    private Outcome adopt(String from, String mode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AdoptCommand.run("dev", from, mode, environments, Repo.scripts(), DeploymentTarget.EMULATOR,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String state(String terraformVersion, String resources) {
        return "{\"version\": 4, \"terraform_version\": \"" + terraformVersion + "\", \"serial\": 1, \"lineage\": \"x\", \"outputs\": {},"
                + " \"resources\": [" + resources + "]}";
    }

    private static String bucket(String name, String key, String arn) {
        return "{\"mode\": \"managed\", \"type\": \"aws_s3_bucket\", \"name\": \"" + name + "\", \"provider\": \"p\", \"instances\": [{"
                + (key == null ? "" : "\"index_key\": " + key + ", ") + "\"attributes\": {\"id\": \"lake\", \"bucket\": \"lake\", \"arn\": \"" + arn + "\"}}]}";
    }

    private static String vpc(String arn) {
        return "{\"mode\": \"managed\", \"type\": \"aws_vpc\", \"name\": \"main\", \"module\": \"module.vpc\", \"provider\": \"p\", \"instances\": [{"
                + "\"attributes\": {\"id\": \"vpc-1\", \"cidr_block\": \"10.0.0.0/16\", \"arn\": \"" + arn + "\"}}]}";
    }

    private void assertRefused(Outcome outcome, String sentence) throws IOException {
        assertThat(outcome.exitCode()).as(outcome.err()).isEqualTo(AdoptCommand.BAD_INPUT);
        assertThat(outcome.err()).isEqualTo("adopt: " + sentence + "; nothing was written." + System.lineSeparator());
        assertThat(outcome.out()).isEmpty();
        try (Stream<Path> files = Files.list(environments)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("dev.json");
        }
    }

    @Test
    void aFromPathThatDoesNotExist() throws IOException {
        Path missing = dir.resolve("nowhere/terraform.tfstate");
        assertRefused(adopt(missing.toString(), "moved"), "environment 'dev': FROM " + missing
                + " does not exist; allowed: a state file, `terraform show -json` output or an initialised root module folder");
    }

    @Test
    void aFileThatIsNotJson() throws IOException {
        Path notState = file("main.tf", "resource \"aws_vpc\" \"main\" {}");
        assertRefused(adopt(notState.toString(), "moved"), "environment 'dev': FROM " + notState
                + " is not Terraform state (not JSON); allowed: a state file or `terraform show -json` output");
    }

    @Test
    void jsonThatIsNotTerraformState() throws IOException {
        Path notState = file("dev.json", "{\"accountId\": \"123456789012\"}");
        assertRefused(adopt(notState.toString(), "moved"), "environment 'dev': FROM " + notState
                + " is not Terraform state (neither \"version\"/\"resources\" of a state file nor \"format_version\" of `terraform show -json`);"
                + " allowed: a state file or `terraform show -json` output");
    }

    @Test
    void aStateOfAnotherAccount() throws IOException {
        Path other = file("other.tfstate", state("1.11.4", vpc("arn:aws:ec2:us-east-2:210987654321:vpc/vpc-1")));
        assertRefused(adopt(other.toString(), "moved"), "environment 'dev': the legacy state belongs to account 210987654321"
                + " (module.vpc.aws_vpc.main); allowed: a state of the environment's accountId 123456789012");
    }

    @Test
    void aStateOfAnotherRegion() throws IOException {
        Path other = file("other.tfstate", state("1.11.4", vpc("arn:aws:ec2:eu-west-1:123456789012:vpc/vpc-1")));
        assertRefused(adopt(other.toString(), "moved"), "environment 'dev': the legacy state is in region eu-west-1"
                + " (module.vpc.aws_vpc.main); allowed: a state of the environment's region us-east-2");
    }

    @Test
    void aStateWithOneIdentityTwice() throws IOException {
        Path twice = file("twice.tfstate", state("1.11.4", bucket("lake", null, "arn:aws:s3:::lake") + ", " + bucket("this", "0", "arn:aws:s3:::lake")));
        assertRefused(adopt(twice.toString(), "moved"), "environment 'dev': the legacy state holds the aws_s3_bucket with bucket=lake twice"
                + " (aws_s3_bucket.lake and aws_s3_bucket.this[0]); allowed: each AWS object once — remove the duplicate from the legacy state (terraform state rm) first");
    }

    @Test
    void aStateWrittenByATooOldTerraform() throws IOException {
        Path old = file("old.tfstate", state("0.13.7", bucket("lake", null, "arn:aws:s3:::lake")));
        assertRefused(adopt(old.toString(), "moved"), "environment 'dev': FROM " + old + " was written by Terraform 0.13.7, which is too old;"
                + " allowed: state written by Terraform 0.14 or newer — run the legacy root once with a newer Terraform first");
    }

    @Test
    void aStateFormatOfTerraform011() throws IOException {
        Path old = file("v3.tfstate", "{\"version\": 3, \"terraform_version\": \"0.11.14\", \"serial\": 1, \"modules\": [], \"resources\": []}");
        assertRefused(adopt(old.toString(), "moved"), "environment 'dev': FROM " + old + " has state format version 3 (Terraform 0.11 or older);"
                + " allowed: format 4, written by Terraform 0.14 or newer — run the legacy root once with a newer Terraform first");
    }

    @Test
    void showJsonOutputCannotBecomeTheStacksStateInModeMoved() throws IOException {
        Path show = file("show.json", "{\"format_version\": \"1.0\", \"terraform_version\": \"1.11.4\", \"values\": {\"root_module\": {}}}");
        assertRefused(adopt(show.toString(), "moved"), "environment 'dev': FROM " + show + " is `terraform show -json` output, which cannot become"
                + " the stack's state; allowed with MODE=moved: the state file or the legacy root folder (or use MODE=import)");
    }

    @Test
    void anUnknownMode() throws IOException {
        Path empty = file("empty.tfstate", state("1.11.4", ""));
        assertRefused(adopt(empty.toString(), "copy"), "environment 'dev': MODE 'copy' is not allowed; allowed: moved (the legacy state"
                + " becomes the stack's state) or import (new state, legacy state untouched)");
    }
}
