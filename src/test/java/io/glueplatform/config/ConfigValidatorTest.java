package io.glueplatform.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;

import static io.glueplatform.config.ConfigFixtures.environmentsDir;
import static io.glueplatform.config.ConfigFixtures.problemsAfter;
import static io.glueplatform.config.ConfigFixtures.put;
import static io.glueplatform.config.ConfigFixtures.remove;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per validation rule. Each starts from the shipped, valid {@code environments/dev.json}, breaks exactly
 * one thing and expects exactly one problem naming the environment, the field, the problem and what is allowed.
 */
class ConfigValidatorTest {

    /** Every problem line: {@code environment '<env>': <field>: <problem>; allowed: <what is allowed>}. */
    private static final String PROBLEM_FORMAT = "environment '[a-z0-9-]+': [A-Za-z.\\[\\]0-9]+: .+; allowed: .+";

    private static void assertOnlyProblem(List<String> problems, String regex) {
        assertThat(problems).singleElement().asString().matches(regex);
    }

    @SafeVarargs
    private static Consumer<ObjectNode> all(Consumer<ObjectNode>... mutations) {
        Consumer<ObjectNode> combined = document -> { };
        for (Consumer<ObjectNode> mutation : mutations) {
            combined = combined.andThen(mutation);
        }
        return combined;
    }

    // ---- the shipped files -------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void shippedEnvironmentHasNoProblems(String name) throws Exception {
        EnvironmentConfig config = ConfigLoader.parse(name, Files.readString(environmentsDir().resolve(name + ".json")));

        assertThat(ConfigValidator.validate(config)).isEmpty();
    }

    @Test
    void shippedEnvironmentsAreExactlyDevProdAndDataxrAndLoadTogether() {
        assertThat(ConfigLoader.load(environmentsDir(), List.of()))
                .extracting(EnvironmentConfig::name)
                .containsExactly("dataxr", "dev", "prod");
    }

    // ---- identity: name, account, region ---------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"1dev", "-dev", "Dev", "dev_1", "abcdefghijklmnop", "dev--1", "dev-"})
    void environmentNameMustBeLowerCaseStartWithALetterAndHaveAtMost15Characters(String name) {
        assertOnlyProblem(problemsAfter(name, document -> { }),
                "environment '" + name + "': name: '" + name + "' is not allowed; allowed: lower-case letters and digits with single '-' between them,"
                        + " starting with a letter, at most 15 characters \\(the name goes into AWS names, file paths and shell commands\\)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1234567890123", "12345678901a", "123-456-7890", "1234 5678901"})
    void accountIdMustBeExactly12Digits(String accountId) {
        assertOnlyProblem(problemsAfter(put("/accountId", accountId)),
                "environment 'dev': accountId: '" + accountId + "' is not allowed; allowed: exactly 12 digits");
    }

    @Test
    void accountIdIsRequired() {
        assertOnlyProblem(problemsAfter(remove("/accountId")),
                "environment 'dev': accountId: is missing but required; allowed: exactly 12 digits");
    }

    @Test
    void blankAccountIdCountsAsMissing() {
        assertOnlyProblem(problemsAfter(put("/accountId", "  ")),
                "environment 'dev': accountId: is missing but required; allowed: exactly 12 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-east", "US-EAST-2", "useast2", "us-east-2a", "us-east-9", "eu-middle-1"})
    void regionMustBeAnAwsRegionName(String region) {
        assertOnlyProblem(problemsAfter(put("/region", region)),
                "environment 'dev': region: '" + region + "' is not an AWS region; allowed: one of af-south-1, ap-east-1, .*, us-west-2");
    }

    @Test
    void regionIsRequired() {
        assertOnlyProblem(problemsAfter(remove("/region")),
                "environment 'dev': region: is missing but required; allowed: an AWS region such as us-east-2");
    }

    // ---- availability zones ----------------------------------------------------------------------------------

    @Test
    void atLeastTwoAvailabilityZones() {
        List<String> problems = problemsAfter(all(
                put("/availabilityZones", List.of("us-east-2a")),
                remove("/network/publicSubnetCidrs/1"),
                remove("/network/privateSubnetCidrs/1")));

        assertOnlyProblem(problems,
                "environment 'dev': availabilityZones: has 1 zone\\(s\\); allowed: two or more zones of the region .*");
    }

    @Test
    void availabilityZonesMustBeInTheRegion() {
        assertOnlyProblem(problemsAfter(put("/availabilityZones/1", "us-west-2b")),
                "environment 'dev': availabilityZones: 'us-west-2b' is not a zone of us-east-2; allowed: us-east-2a, us-east-2b, us-east-2c");
    }

    @Test
    void availabilityZonesMustBeDistinct() {
        assertOnlyProblem(problemsAfter(put("/availabilityZones/1", "us-east-2a")),
                "environment 'dev': availabilityZones: \\[us-east-2a, us-east-2a\\] lists a zone twice; allowed: distinct zones");
    }

    // ---- network ---------------------------------------------------------------------------------------------

    @Test
    void networkIsRequired() {
        assertOnlyProblem(problemsAfter(remove("/network")),
                "environment 'dev': network: is missing but required; allowed: an object with vpcCidr, publicSubnetCidrs and privateSubnetCidrs");
    }

    @Test
    void vpcCidrIsRequired() {
        assertOnlyProblem(problemsAfter(remove("/network/vpcCidr")),
                "environment 'dev': network\\.vpcCidr: is missing but required; allowed: an IPv4 CIDR block from /16 to /28 .*");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/network/vpcCidr|10.0.0/16|network\\.vpcCidr|'10\\.0\\.0/16' is not an IPv4 CIDR block \\(expected a\\.b\\.c\\.d/n\\)",
            "/network/vpcCidr|10.0.0.1/16|network\\.vpcCidr|'10\\.0\\.0\\.1/16' has host bits set; the block starts at 10\\.0\\.0\\.0/16",
            "/network/publicSubnetCidrs/0|10.0.1.0/33|network\\.publicSubnetCidrs\\[0\\]|'10\\.0\\.1\\.0/33' is not an IPv4 CIDR block \\(33 > 32\\)",
            "/network/privateSubnetCidrs/1|10.0.256.0/24|network\\.privateSubnetCidrs\\[1\\]|'10\\.0\\.256\\.0/24' is not an IPv4 CIDR block \\(256 > 255\\)",
            "/network/privateSubnetCidrs/0|010.0.10.0/24|network\\.privateSubnetCidrs\\[0\\]|'010\\.0\\.10\\.0/24' is not written canonically; write 10\\.0\\.10\\.0/24"
    })
    void cidrsMustBeWellFormedNetworkAddresses(String pointer, String value, String field, String problem) {
        assertOnlyProblem(problemsAfter(put(pointer, value)),
                "environment 'dev': " + field + ": " + problem + "; allowed: an IPv4 CIDR block such as 10\\.0\\.0\\.0/16");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/15", "10.0.0.0/8", "10.0.0.0/29", "10.0.0.0/32"})
    void vpcPrefixMustBeBetween16And28(String vpcCidr) {
        String prefix = vpcCidr.substring(vpcCidr.indexOf('/'));
        assertOnlyProblem(problemsAfter(put("/network/vpcCidr", vpcCidr)),
                "environment 'dev': network\\.vpcCidr: '" + vpcCidr.replace(".", "\\.") + "' has prefix " + prefix
                        + "; allowed: /16 to /28 \\(AWS VPC limits\\)");
    }

    @Test
    void subnetsMustBeInsideTheVpc() {
        assertOnlyProblem(problemsAfter(put("/network/privateSubnetCidrs/1", "10.9.0.0/24")),
                "environment 'dev': network\\.privateSubnetCidrs\\[1\\]: '10\\.9\\.0\\.0/24' is outside the VPC 10\\.0\\.0\\.0/16; allowed: .*");
    }

    @Test
    void subnetsMustNotBeSmallerThan28() {
        assertOnlyProblem(problemsAfter(put("/network/publicSubnetCidrs/1", "10.0.2.0/29")),
                "environment 'dev': network\\.publicSubnetCidrs\\[1\\]: '10\\.0\\.2\\.0/29' is smaller than /28; allowed: /16 to /28 \\(AWS subnet limits\\)");
    }

    @Test
    void subnetsMustNotOverlap() {
        assertOnlyProblem(problemsAfter(put("/network/privateSubnetCidrs/1", "10.0.1.128/25")),
                "environment 'dev': network\\.privateSubnetCidrs\\[1\\]: '10\\.0\\.1\\.128/25' overlaps network\\.publicSubnetCidrs\\[0\\] '10\\.0\\.1\\.0/24'; allowed: non-overlapping subnets");
    }

    @Test
    void subnetsInTheSameTierMustNotOverlapEither() {
        assertOnlyProblem(problemsAfter(put("/network/publicSubnetCidrs/1", "10.0.1.0/24")),
                "environment 'dev': network\\.publicSubnetCidrs\\[1\\]: '10\\.0\\.1\\.0/24' overlaps network\\.publicSubnetCidrs\\[0\\] '10\\.0\\.1\\.0/24'; allowed: non-overlapping subnets");
    }

    @ParameterizedTest
    @ValueSource(strings = {"publicSubnetCidrs", "privateSubnetCidrs"})
    void oneSubnetPerAvailabilityZone(String tier) {
        assertOnlyProblem(problemsAfter(remove("/network/" + tier + "/1")),
                "environment 'dev': network\\." + tier + ": has 1 subnet\\(s\\) for 2 availability zone\\(s\\); allowed: exactly one subnet per zone");
    }

    @Test
    void tooManySubnetsForTheZonesIsAlsoReported() {
        assertOnlyProblem(problemsAfter(put("/network/privateSubnetCidrs/2", "10.0.30.0/24")),
                "environment 'dev': network\\.privateSubnetCidrs: has 3 subnet\\(s\\) for 2 availability zone\\(s\\); allowed: exactly one subnet per zone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"s3", "ssm", "GLUE", ""})
    void optionalInterfaceEndpointsMustBeKnown(String endpoint) {
        assertOnlyProblem(problemsAfter(put("/network/optionalInterfaceEndpoints", List.of("glue", endpoint))),
                "environment 'dev': network\\.optionalInterfaceEndpoints: '" + endpoint + "' is not allowed; allowed: glue, sts, logs");
    }

    // ---- names -----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"ab", "Glue", "glue_plat", "-glue", "glue-", "abcdefghijklmnopqrstuvw"})
    void namePrefixMustBeAValidBucketNameStart(String prefix) {
        assertOnlyProblem(problemsAfter(put("/namePrefix", prefix)),
                "environment 'dev': namePrefix: '" + prefix + "' is not allowed; allowed: 3-22 lower-case letters, digits or '-', .*");
    }

    @Test
    void namePrefixMustKeepEveryBucketNameWithin63Characters() {
        String prefix = "abcdefghijklmnopqrst"; // 20: valid on its own
        String bucket = prefix + "-dev-access-logs-123456789012-ap-southeast-2";
        assertThat(bucket).hasSize(64);

        List<String> problems = problemsAfter(all(
                put("/namePrefix", prefix),
                put("/region", "ap-southeast-2"),
                put("/availabilityZones", List.of("ap-southeast-2a", "ap-southeast-2b"))));

        assertOnlyProblem(problems,
                "environment 'dev': namePrefix: gives the S3 bucket name '" + bucket + "' but it has 64 characters; allowed: 3-63 characters: lower-case letters, digits, '\\.' and '-'");
    }

    @Test
    void aBucketNameOfExactly63CharactersIsAccepted() {
        String prefix = "abcdefghijklmnopqrs"; // 19
        assertThat(prefix + "-dev-access-logs-123456789012-ap-southeast-2").hasSize(63);

        assertThat(problemsAfter(all(
                put("/namePrefix", prefix),
                put("/region", "ap-southeast-2"),
                put("/availabilityZones", List.of("ap-southeast-2a", "ap-southeast-2b"))))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Data_Lake", "data-lake", "data lake", ""})
    void glueCatalogDatabaseNameMustBeLowerCaseDigitsAndUnderscore(String name) {
        assertOnlyProblem(problemsAfter(put("/glue/catalogDatabaseName", name)),
                "environment 'dev': glue\\.catalogDatabaseName: '" + name + "' is not a valid Glue catalog database name \\(.+\\); allowed: 1-255 characters: lower-case letters, digits and '_'");
    }

    // ---- admin access ----------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0/0", "0.0.0.0/1", "10.0.0.0/7"})
    void adminCidrsMustNotBeWiderThanSlash8(String wide) {
        assertOnlyProblem(problemsAfter(put("/adminCidrs", List.of("203.0.113.0/24", wide))),
                "environment 'dev': adminCidrs\\[1\\]: '" + wide.replace(".", "\\.") + "' opens admin ports to \\(almost\\) the whole internet; allowed: /8 or narrower.*");
    }

    @Test
    void adminCidrsAcceptSlash8AndNarrower() {
        assertThat(problemsAfter(put("/adminCidrs", List.of("10.0.0.0/8", "203.0.113.7/32")))).isEmpty();
    }

    @Test
    void adminCidrsMustBeWellFormed() {
        assertOnlyProblem(problemsAfter(put("/adminCidrs", List.of("203.0.113.7"))),
                "environment 'dev': adminCidrs\\[0\\]: '203\\.0\\.113\\.7' is not an IPv4 CIDR block .*; allowed: an IPv4 CIDR block such as 10\\.0\\.0\\.0/16");
    }

    // ---- tools host ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"t3micro", "T3.micro", "t3.", ".micro", "t3.micro.large"})
    void toolsHostInstanceTypeMustLookLikeAnEc2Type(String type) {
        assertOnlyProblem(problemsAfter(put("/toolsHost/instanceType", type)),
                "environment 'dev': toolsHost\\.instanceType: '" + type.replace(".", "\\.") + "' is not an EC2 instance type; allowed: names like t3\\.micro");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ami-123", "ami-XYZ12345", "resolve:ssm:", "latest"})
    void toolsHostAmiMustBeAnAmiIdOrSsmParameter(String ami) {
        assertOnlyProblem(problemsAfter(put("/toolsHost/amiId", ami)),
                "environment 'dev': toolsHost\\.amiId: '" + ami + "' is not allowed; allowed: an AMI id .* or resolve:ssm:/parameter/path");
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 16385})
    void toolsHostRootVolumeMustBe8To16384Gb(int size) {
        assertOnlyProblem(problemsAfter(put("/toolsHost/rootVolumeGb", size)),
                "environment 'dev': toolsHost\\.rootVolumeGb: " + size + " is not allowed; allowed: 8 to 16384");
    }

    // ---- database --------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"t3.micro", "db.t3", "db.T3.micro", "rds.t3.micro"})
    void rdsInstanceClassMustLookLikeDbDotFamilyDotSize(String instanceClass) {
        assertOnlyProblem(problemsAfter(put("/database/instanceClass", instanceClass)),
                "environment 'dev': database\\.instanceClass: '" + instanceClass.replace(".", "\\.") + "' is not an RDS instance class; allowed: names like db\\.t3\\.micro");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.7", "8", "8.1", "8.0.x", "mysql8.0"})
    void engineVersionMustBeMysql8(String version) {
        assertOnlyProblem(problemsAfter(put("/database/engineVersion", version)),
                "environment 'dev': database\\.engineVersion: '" + version.replace(".", "\\.") + "' is not allowed; allowed: MySQL 8 versions such as 8\\.0, 8\\.0\\.39 or 8\\.4");
    }

    @ParameterizedTest
    @ValueSource(ints = {19, 65537})
    void allocatedStorageMustBe20To65536Gb(int size) {
        assertOnlyProblem(problemsAfter(all(put("/database/allocatedStorageGb", size), put("/database/maxAllocatedStorageGb", 65536))),
                "environment 'dev': database\\.allocatedStorageGb: " + size + " is not allowed; allowed: 20 to 65536 \\(gp3\\)");
    }

    @Test
    void maxAllocatedStorageMustNotBeBelowAllocatedStorage() {
        assertOnlyProblem(problemsAfter(all(put("/database/allocatedStorageGb", 50), put("/database/maxAllocatedStorageGb", 40))),
                "environment 'dev': database\\.maxAllocatedStorageGb: 40 is below allocatedStorageGb 50; allowed: at least allocatedStorageGb");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1customers", "customer-db", "abcdefghijklmnopq"})
    void databaseNameMustBeAMysqlIdentifier(String name) {
        assertOnlyProblem(problemsAfter(put("/database/databaseName", name)),
                "environment 'dev': database\\.databaseName: '" + name + "' is not allowed; allowed: a letter then up to 15 letters, digits or '_'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "ADMIN", "root", "rdsadmin", "mysql"})
    void masterUsernameMustNotBeReserved(String username) {
        assertOnlyProblem(problemsAfter(put("/database/masterUsername", username)),
                "environment 'dev': database\\.masterUsername: '" + username + "' is not allowed; allowed: .*, not one of \\[.*\\badmin\\b.*\\]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1dbadmin", "db-admin", "abcdefghijklmnopq"})
    void masterUsernameMustBeAMysqlIdentifier(String username) {
        assertOnlyProblem(problemsAfter(put("/database/masterUsername", username)),
                "environment 'dev': database\\.masterUsername: '" + username + "' is not allowed; allowed: a letter then up to 15 letters, digits or '_', not one of .*");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 36})
    void backupRetentionMustBe1To35Days(int days) {
        assertOnlyProblem(problemsAfter(put("/database/backupRetentionDays", days)),
                "environment 'dev': database\\.backupRetentionDays: " + days + " is not allowed; allowed: 1 to 35 \\(0 would turn automated backups off\\)");
    }

    // ---- glue ------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"2.0", "1.0", "4", "6.0"})
    void glueVersionMustBeSupported(String version) {
        assertOnlyProblem(problemsAfter(put("/glue/version", version)),
                "environment 'dev': glue\\.version: '" + version.replace(".", "\\.") + "' is not allowed; allowed: 3\\.0, 4\\.0, 5\\.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Standard", "G.025X", "g.1x", "R.1X"})
    void glueWorkerTypeMustBeSupported(String type) {
        assertOnlyProblem(problemsAfter(put("/glue/workerType", type)),
                "environment 'dev': glue\\.workerType: '" + type.replace(".", "\\.") + "' is not allowed; allowed: G\\.1X, G\\.2X, G\\.4X, G\\.8X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SPOT", "flex", ""})
    void glueExecutionClassMustBeStandardOrFlex(String executionClass) {
        assertOnlyProblem(problemsAfter(put("/glue/executionClass", executionClass)),
                "environment 'dev': glue\\.executionClass: '" + executionClass + "' is not allowed; allowed: STANDARD, FLEX");
    }

    @ParameterizedTest
    @ValueSource(strings = {"G.4X", "G.8X"})
    void flexExecutionNeedsG1xOrG2xWorkers(String type) {
        assertOnlyProblem(problemsAfter(all(put("/glue/executionClass", "FLEX"), put("/glue/workerType", type))),
                "environment 'dev': glue\\.executionClass: 'FLEX' is not available with glue\\.workerType " + type.replace(".", "\\.")
                        + "; allowed: FLEX with G\\.1X or G\\.2X workers .*");
    }

    @ParameterizedTest(name = "Glue {0} with {1}")
    @CsvSource({"3.0, G.1X", "4.0, G.2X", "5.0, G.1X"})
    void flexExecutionIsAcceptedFromGlue3WithG1xOrG2x(String version, String type) {
        assertThat(problemsAfter(all(put("/glue/executionClass", "FLEX"), put("/glue/version", version), put("/glue/workerType", type))))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 0, 300})
    void glueNumberOfWorkersMustBe2To299(int workers) {
        assertOnlyProblem(problemsAfter(put("/glue/numberOfWorkers", workers)),
                "environment 'dev': glue\\.numberOfWorkers: " + workers + " is not allowed; allowed: 2 to 299");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2881})
    void glueTimeoutMustBe1To2880Minutes(int minutes) {
        assertOnlyProblem(problemsAfter(put("/glue/timeoutMinutes", minutes)),
                "environment 'dev': glue\\.timeoutMinutes: " + minutes + " is not allowed; allowed: 1 to 2880");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11})
    void glueMaxRetriesMustBe0To10(int retries) {
        assertOnlyProblem(problemsAfter(put("/glue/maxRetries", retries)),
                "environment 'dev': glue\\.maxRetries: " + retries + " is not allowed; allowed: 0 to 10");
    }

    // ---- retention -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(ints = {10, 0, 31, 366, 4000})
    void logRetentionMustBeACloudWatchValue(int days) {
        assertOnlyProblem(problemsAfter(put("/logRetentionDays", days)),
                "environment 'dev': logRetentionDays: " + days + " is not allowed; allowed: one of CloudWatch's retention values "
                        + "\\[1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653\\]");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5})
    void noncurrentVersionExpirationMustBeAtLeastOneDay(int days) {
        assertOnlyProblem(problemsAfter(put("/storage/noncurrentVersionExpirationDays", days)),
                "environment 'dev': storage\\.noncurrentVersionExpirationDays: " + days + " is not allowed; allowed: 1 or more days");
    }

    // ---- reporting -------------------------------------------------------------------------------------------

    @Test
    void reportsEveryProblemAtOnceInTheDocumentedFormat() {
        List<String> problems = problemsAfter(all(
                remove("/accountId"),
                remove("/region"),
                put("/network/privateSubnetCidrs/1", "10.9.0.0/24"),
                put("/adminCidrs", List.of("0.0.0.0/0")),
                put("/database/masterUsername", "admin"),
                put("/database/backupRetentionDays", 0),
                put("/glue/workerType", "G.16X"),
                put("/glue/numberOfWorkers", 1),
                put("/logRetentionDays", 10)));

        assertThat(problems)
                .extracting(problem -> problem.split(": ", 3)[1])
                .containsExactly("accountId", "region", "network.privateSubnetCidrs[1]", "adminCidrs[0]", "database.masterUsername",
                        "database.backupRetentionDays", "glue.workerType", "glue.numberOfWorkers", "logRetentionDays");
        assertThat(problems).allSatisfy(problem -> assertThat(problem).matches(PROBLEM_FORMAT));
    }

    @Test
    void validationDoesNotMutateOrDependOnPreviousRuns() {
        EnvironmentConfig bad = ConfigLoader.parse("dev", ConfigFixtures.devJsonWith(put("/logRetentionDays", 10)));

        assertThat(ConfigValidator.validate(bad)).hasSize(1);
        assertThat(ConfigValidator.validate(bad)).hasSize(1);
        assertThat(ConfigValidator.validate(ConfigLoader.parse("dev", ConfigFixtures.devJsonWith(document -> { })))).isEmpty();
    }
}
