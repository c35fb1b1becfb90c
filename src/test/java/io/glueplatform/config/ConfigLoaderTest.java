package io.glueplatform.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static io.glueplatform.config.ConfigFixtures.devJsonWith;
import static io.glueplatform.config.ConfigFixtures.put;
import static io.glueplatform.config.ConfigFixtures.remove;
import static io.glueplatform.config.ConfigFixtures.shipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ConfigLoaderTest {

    @TempDir
    Path environments;

    private void write(String name, String json) throws IOException {
        Files.writeString(environments.resolve(name + ".json"), json);
    }

    private void writeDev(Consumer<ObjectNode> mutation) throws IOException {
        write("dev", devJsonWith(mutation));
    }

    private void writeShipped() throws IOException {
        write("dev", shipped("dev").toString());
        write("prod", shipped("prod").toString());
    }

    private List<String> loadProblems(List<String> requested) {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(environments, requested));
        assertThat(e).as("ConfigLoader.load(%s) must fail", requested).isNotNull();
        assertThat(e.getMessage()).isEqualTo(String.join(System.lineSeparator(), e.problems()));
        return e.problems();
    }

    private static String onlyProblemParsing(String json) {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.parse("dev", json));
        assertThat(e).as("parse must fail").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    // ---- loading a directory ---------------------------------------------------------------------------------

    @Test
    void loadsEveryEnvironmentOfTheDirectoryInNameOrderWhenNoneAreRequested() throws IOException {
        writeShipped();
        Files.writeString(environments.resolve("README.md"), "not an environment");
        Files.writeString(environments.resolve("notes.json.bak"), "{");

        List<EnvironmentConfig> configs = ConfigLoader.load(environments, List.of());

        assertThat(configs).extracting(EnvironmentConfig::name).containsExactly("dev", "prod");
        assertThat(configs.get(1).accountId()).isEqualTo("210987654321");
        assertThat(configs.get(1).network().natMode()).isEqualTo(NatMode.ONE_PER_AZ);
        assertThat(ConfigLoader.environmentNames(environments)).containsExactly("dev", "prod");
    }

    @Test
    void loadsOnlyTheRequestedEnvironments() throws IOException {
        writeShipped();
        write("broken", "{");

        assertThat(ConfigLoader.load(environments, List.of("prod"))).extracting(EnvironmentConfig::name).containsExactly("prod");
    }

    @Test
    void unknownEnvironmentIsReportedWithTheKnownOnes() throws IOException {
        writeShipped();

        assertThat(loadProblems(List.of("staging"))).singleElement().asString().matches(
                "environment 'staging': unknown environment; allowed: dev, prod \\(one .*/<name>\\.json per environment\\)");
    }

    @Test
    void emptyDirectoryIsAProblem() {
        assertThat(loadProblems(List.of())).singleElement().asString()
                .isEqualTo("no environments: " + environments + " holds no <name>.json file");
    }

    @Test
    void missingDirectoryIsAProblem() {
        Path missing = environments.resolve("does-not-exist");

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(missing, List.of()));

        assertThat(e).isNotNull();
        assertThat(e.problems()).containsExactly("cannot read the environments directory " + missing + ": it does not exist or is not a"
                + " directory; allowed: a directory of <name>.json files (PLATFORM_CONFIG_DIR, default environments)");
    }

    @Test
    void problemsOfSeveralEnvironmentsAreReportedTogether() throws IOException {
        writeDev(put("/network/natMode", "DOUBLE"));
        ObjectNode prod = shipped("prod");
        prod.put("logRetentionDays", 10);
        prod.put("accountId", "2109876543");
        write("prod", prod.toString());

        List<String> problems = loadProblems(List.of("dev", "qa", "prod"));

        assertThat(problems).containsExactly(
                "environment 'dev': network.natMode: 'DOUBLE' is not allowed; allowed: SINGLE, ONE_PER_AZ",
                "environment 'qa': unknown environment; allowed: dev, prod (one " + environments + "/<name>.json per environment)",
                "environment 'prod': accountId: '2109876543' is not allowed; allowed: exactly 12 digits",
                "environment 'prod': logRetentionDays: 10 is not allowed; allowed: one of CloudWatch's retention values "
                        + "[1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653]");
    }

    @Test
    void oneInvalidEnvironmentFailsTheWholeLoad() throws IOException {
        writeShipped();
        ObjectNode prod = shipped("prod");
        prod.put("glue", "fast");
        write("prod", prod.toString());

        assertThat(loadProblems(List.of())).singleElement().asString()
                .isEqualTo("environment 'prod': glue: expected an object {...}, got the text \"fast\"");
    }

    // ---- structure: unknown fields, types, enums, JSON -------------------------------------------------------

    @Test
    void unknownNestedFieldNamesItsPathAndListsTheAllowedFields() throws IOException {
        writeDev(document -> {
            ObjectNode network = (ObjectNode) document.get("network");
            network.set("vpcCidrr", network.remove("vpcCidr"));
        });

        assertThat(loadProblems(List.of("dev"))).containsExactly(
                "environment 'dev': network.vpcCidrr: unknown field; allowed: flowLogs, natMode, optionalInterfaceEndpoints, "
                        + "privateSubnetCidrs, publicSubnetCidrs, vpcCidr");
    }

    @Test
    void unknownTopLevelFieldListsTheTopLevelFieldsButNotTheImplicitName() {
        String problem = onlyProblemParsing(devJsonWith(put("/acountId", "123456789012")));

        assertThat(problem).startsWith("environment 'dev': acountId: unknown field; allowed: accountId, adminCidrs, availabilityZones, ")
                .contains(" database, ", " glue, ", " network, ", " toolsHost")
                .doesNotContain(" name,", "name, accountId");
    }

    @Test
    void unknownFieldInsideTheDatabaseObject() {
        assertThat(onlyProblemParsing(devJsonWith(put("/database/password", "hunter2"))))
                .startsWith("environment 'dev': database.password: unknown field; allowed: allocatedStorageGb, backupRetentionDays, ");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "/logRetentionDays|fourteen|logRetentionDays: expected a whole number, got the text \"fourteen\"",
            "/glue/numberOfWorkers|two|glue.numberOfWorkers: expected a whole number, got the text \"two\"",
            "/glue/numberOfWorkers|2|glue.numberOfWorkers: expected a whole number, got the text \"2\"",
            "/logRetentionDays|14|logRetentionDays: expected a whole number, got the text \"14\"",
            "/database/deletionProtection|false|database.deletionProtection: expected true or false, got the text \"false\""
    })
    void stringWhereANumberOrBooleanBelongsIsAnError(String pointer, String text, String expected) {
        assertThat(onlyProblemParsing(devJsonWith(put(pointer, text)))).isEqualTo("environment 'dev': " + expected);
    }

    @Test
    void fractionalNumberForAnIntegerIsRejectedNotTruncated() {
        assertThat(onlyProblemParsing(devJsonWith(put("/logRetentionDays", 14.5))))
                .isEqualTo("environment 'dev': logRetentionDays: expected a whole number, got the number 14.5");
    }

    @Test
    void wrongStructureNamesTheField() {
        assertThat(onlyProblemParsing(devJsonWith(put("/availabilityZones", "us-east-2a"))))
                .isEqualTo("environment 'dev': availabilityZones: expected a list [...], got the text \"us-east-2a\"");
        assertThat(onlyProblemParsing(devJsonWith(put("/network", 5))))
                .isEqualTo("environment 'dev': network: expected an object {...}, got the number 5");
        assertThat(onlyProblemParsing(devJsonWith(put("/logRetentionDays", true))))
                .isEqualTo("environment 'dev': logRetentionDays: expected a whole number, got the value true");
    }

    @Test
    void nullListElementNamesTheField() {
        assertThat(onlyProblemParsing(devJsonWith(put("/availabilityZones", java.util.Arrays.asList("us-east-2a", null)))))
                .isEqualTo("environment 'dev': availabilityZones[1]: expected text in quotes, got null");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "/network/natMode,      DOUBLE,   network.natMode,      'SINGLE, ONE_PER_AZ'",
            "/network/natMode,      single,   network.natMode,      'SINGLE, ONE_PER_AZ'",
            "/toolsHost/placement,  DMZ,      toolsHost.placement,  'PRIVATE, PUBLIC'"
    })
    void invalidEnumValueListsTheConstants(String pointer, String value, String field, String allowed) {
        assertThat(onlyProblemParsing(devJsonWith(put(pointer, value))))
                .isEqualTo("environment 'dev': " + field + ": '" + value + "' is not allowed; allowed: " + allowed);
    }

    @Test
    void invalidJsonNamesLineAndColumn() throws IOException {
        write("dev", "{\n  \"accountId\": \"123456789012\",\n  \"region\": \"us-east-2\"\n  \"availabilityZones\": []\n}");

        assertThat(loadProblems(List.of("dev"))).singleElement().asString()
                .matches("environment 'dev': not valid JSON at line 4, column \\d+: .+");
    }

    @Test
    void aFileThatIsNotUtf8IsOneSentence() throws IOException {
        Files.write(environments.resolve("dev.json"), new byte[] {'{', '"', 'a', (byte) 0xC3, (byte) 0x28, '"', '}'});

        assertThat(loadProblems(List.of("dev"))).containsExactly(
                "environment 'dev': " + environments.resolve("dev.json") + " is not UTF-8 text; allowed: a JSON file saved as UTF-8");
    }

    @Test
    void truncatedJsonIsInvalid() {
        assertThat(onlyProblemParsing("{ \"accountId\": ")).matches("environment 'dev': not valid JSON at line 1, column \\d+: .+");
    }

    @Test
    void theDocumentMustBeOneObject() {
        assertThat(onlyProblemParsing("[]")).isEqualTo("environment 'dev': the file must hold one JSON object");
        assertThat(onlyProblemParsing("")).isEqualTo("environment 'dev': the file must hold one JSON object");
        assertThat(onlyProblemParsing("\"dev\"")).isEqualTo("environment 'dev': the file must hold one JSON object");
        assertThat(onlyProblemParsing(devJsonWith(document -> { }) + " {}")).startsWith("environment 'dev': ");
    }

    // ---- the name field --------------------------------------------------------------------------------------

    @Test
    void nameFieldMustMatchTheFileName() throws IOException {
        writeDev(put("/name", "prod"));

        assertThat(loadProblems(List.of("dev"))).containsExactly(
                "environment 'dev': name: 'prod' differs from the file name; allowed: 'dev' or no name field");
    }

    @Test
    void nameFieldEqualToTheFileNameIsAccepted() {
        assertThat(ConfigLoader.parse("dev", devJsonWith(put("/name", "dev"))).name()).isEqualTo("dev");
        assertThat(ConfigLoader.parse("dev", devJsonWith(remove("/name"))).name()).isEqualTo("dev");
    }

    // ---- defaults --------------------------------------------------------------------------------------------

    private static final String MINIMAL = """
            {
              "accountId": "123456789012",
              "region": "us-east-2",
              "availabilityZones": ["us-east-2a", "us-east-2b"],
              "network": {
                "vpcCidr": "10.0.0.0/16",
                "publicSubnetCidrs": ["10.0.1.0/24", "10.0.2.0/24"],
                "privateSubnetCidrs": ["10.0.10.0/24", "10.0.20.0/24"]
              }
            }
            """;

    @Test
    void minimalDocumentIsValidAndTakesTheSafeDefaults() {
        EnvironmentConfig config = ConfigLoader.parse("dev", MINIMAL);

        assertThat(ConfigValidator.validate(config)).isEmpty();
        assertThat(config.namePrefix()).isEqualTo("glueplat");
        assertThat(config.adminCidrs()).isEmpty();
        assertThat(config.logRetentionDays()).isEqualTo(30);
        assertThat(config.tags()).isEmpty();
        assertThat(config.catalogDatabaseName()).isEqualTo("dev_data_lake_catalog");

        assertThat(config.network().natMode()).isEqualTo(NatMode.SINGLE);
        assertThat(config.network().optionalInterfaceEndpoints()).isEmpty();
        assertThat(config.network().flowLogs()).isTrue();

        assertThat(config.database().deletionProtection()).isTrue();
        assertThat(config.database().finalSnapshot()).isTrue();
        assertThat(config.database().multiAz()).isFalse();
        assertThat(config.database().backupRetentionDays()).isEqualTo(7);
        assertThat(config.database().instanceClass()).isEqualTo("db.t3.micro");
        assertThat(config.database().engineVersion()).isEqualTo("8.0");
        assertThat(config.database().masterUsername()).isEqualTo("dbadmin");

        assertThat(config.glue().executionClass()).isEqualTo("STANDARD");
        assertThat(config.glue().version()).isEqualTo("4.0");
        assertThat(config.glue().workerType()).isEqualTo("G.1X");
        assertThat(config.glue().numberOfWorkers()).isEqualTo(2);
        assertThat(config.glue().runInVpc()).isTrue();

        assertThat(config.toolsHost().enabled()).isTrue();
        assertThat(config.toolsHost().placement()).isEqualTo(HostPlacement.PRIVATE);
        assertThat(config.toolsHost().amiId()).isEqualTo(ToolsHostConfig.AL2023_SSM_IMAGE);

        assertThat(config.storage().forceDestroy()).isFalse();
        assertThat(config.storage().noncurrentVersionExpirationDays()).isEqualTo(90);
    }

    @Test
    void partlyGivenObjectsKeepTheDefaultsOfTheirOtherFields() {
        EnvironmentConfig config = ConfigLoader.parse("dev", devJsonWith(document -> {
            document.putObject("database").put("instanceClass", "db.t3.small");
            document.putObject("glue").put("workerType", "G.2X");
        }));

        assertThat(config.database().instanceClass()).isEqualTo("db.t3.small");
        assertThat(config.database().deletionProtection()).isTrue();
        assertThat(config.database().backupRetentionDays()).isEqualTo(7);
        assertThat(config.glue().workerType()).isEqualTo("G.2X");
        assertThat(config.glue().executionClass()).isEqualTo("STANDARD");
    }

    @Test
    void explicitNullTakesTheDefaultToo() {
        EnvironmentConfig config = ConfigLoader.parse("dev", devJsonWith(put("/network/natMode", null)
                .andThen(put("/database/deletionProtection", null))));

        assertThat(config.network().natMode()).isEqualTo(NatMode.SINGLE);
        assertThat(config.database().deletionProtection()).isTrue();
    }

    @Test
    void givenValuesOverrideTheDefaults() {
        EnvironmentConfig config = ConfigLoader.parse("prod", shipped("prod").toString());

        assertThat(config.database().multiAz()).isTrue();
        assertThat(config.database().allocatedStorageGb()).isEqualTo(50);
        assertThat(config.network().optionalInterfaceEndpoints()).containsExactly("glue", "sts", "logs");
        assertThat(config.glue().numberOfWorkers()).isEqualTo(10);
        assertThat(config.tags()).isEqualTo(Map.of("Owner", "data-platform", "CostCenter", "data-prod"));
        assertThat(config.storage().noncurrentVersionExpirationDays()).isEqualTo(365);
    }
}
