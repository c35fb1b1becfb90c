package io.glueplatform.config;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static io.glueplatform.config.ConfigFixtures.put;

/**
 * The table of bad inputs: each is a small edit of a shipped environment (or a raw file text for parser-level
 * cases), the environments requested, and the one exact line it must produce. {@code BadInputTest} runs every
 * row through {@link ConfigLoader#load}; {@code MainConfigErrorTest} runs a representative subset through Main.
 */
public final class BadInputs {

    /**
     * @param label     what is wrong, in words (the test's display name)
     * @param files     environment name → file text written to the environments directory
     * @param requested the environments asked for (PLATFORM_ENVIRONMENTS)
     * @param expected  the exact problem line
     */
    public record BadInput(String label, Map<String, String> files, List<String> requested, String expected) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final String E = "environment 'dev': ";
    private static final String SHELL_SAFE_NAME = " is not allowed; allowed: lower-case letters and digits with single '-' between"
            + " them, starting with a letter, at most 15 characters (the name goes into AWS names, file paths and shell commands)";
    private static final String TAG_KEYS = "any key other than Project, Environment, ManagedBy, Name, Tier, ValueSource";
    private static final String REGIONS = String.join(", ", RegionCatalog.regions());

    private BadInputs() {
    }

    public static List<BadInput> all() {
        List<BadInput> rows = new ArrayList<>();
        // ---- tags: AWS tag rules and the platform's own tags ----------------------------------------------------
        rows.add(dev("tag key with the aws: prefix", tag("aws:owner", "me"),
                E + "tags['aws:owner']: the prefix 'aws:' is reserved for AWS; allowed: a key that does not start with aws:"));
        rows.add(dev("tag key with the AWS: prefix in upper case", tag("AWS:team", "me"),
                E + "tags['AWS:team']: the prefix 'aws:' is reserved for AWS; allowed: a key that does not start with aws:"));
        rows.add(dev("tag key of 129 characters", tag("K".repeat(129), "v"),
                E + "tags['" + "K".repeat(80) + "...' (129 characters)]: the key has 129 characters; allowed: 1 to 128 characters"));
        rows.add(dev("empty tag key", tag("", "v"),
                E + "tags['']: the key has 0 characters; allowed: 1 to 128 characters"));
        rows.add(dev("tag value of 257 characters", tag("Owner", "v".repeat(257)),
                E + "tags.Owner: the value has 257 characters; allowed: at most 256 characters"));
        rows.add(dev("tag overriding Environment", tag("Environment", "prod"),
                E + "tags.Environment: the platform sets Environment on every resource; allowed: " + TAG_KEYS));
        rows.add(dev("tag overriding ManagedBy", tag("ManagedBy", "terraform"),
                E + "tags.ManagedBy: the platform sets ManagedBy on every resource; allowed: " + TAG_KEYS));
        rows.add(dev("tag overriding Project", tag("Project", "other"),
                E + "tags.Project: the platform sets Project on every resource; allowed: " + TAG_KEYS));
        rows.add(dev("tag overriding Environment in another case", tag("environment", "prod"),
                E + "tags.environment: the platform sets Environment on every resource; allowed: " + TAG_KEYS));
        rows.add(dev("tag Name, which each resource sets itself", tag("Name", "x"),
                E + "tags.Name: the platform sets Name per resource, which would replace this value; allowed: " + TAG_KEYS));
        rows.add(dev("46 user tags (50 per resource in AWS)", document -> {
                    ObjectNode tags = document.putObject("tags");
                    for (int i = 0; i < 46; i++) {
                        tags.put("Key" + i, "v");
                    }
                },
                E + "tags: has 46 tags; allowed: at most 45 (AWS allows 50 per resource; the platform sets Project, Environment,"
                        + " ManagedBy and up to two per resource)"));
        rows.add(dev("tag key with a character AWS refuses", tag("Cost#Center", "x"),
                E + "tags['Cost#Center']: the key has characters AWS refuses; allowed: letters, digits, spaces and _ . : / = + - @"));
        rows.add(dev("tag value with a character AWS refuses", tag("Owner", "data;platform"),
                E + "tags.Owner: the value 'data;platform' has characters AWS refuses; allowed: letters, digits, spaces and _ . : / = + - @"));
        rows.add(dev("two tag keys differing only in case", put("/tags", Map.of("Team", "a", "team", "b")),
                E + "tags.team: differs from the key 'Team' only in case; allowed: keys that differ in more than case"
                        + " (IAM treats tag keys case-insensitively and refuses both on a role)"));

        // ---- environment names and the AWS names they produce ----------------------------------------------------
        rows.add(named("dev--1", "environment name with '--' (RDS refuses it in identifiers)",
                "environment 'dev--1': name: 'dev--1'" + SHELL_SAFE_NAME));
        rows.add(named("dev-", "environment name ending with '-'", "environment 'dev-': name: 'dev-'" + SHELL_SAFE_NAME));
        rows.add(named("Dev", "environment name with upper case", "environment 'Dev': name: 'Dev'" + SHELL_SAFE_NAME));
        rows.add(named("dev;echo", "environment name unsafe in a shell (;)", "environment 'dev;echo': name: 'dev;echo'" + SHELL_SAFE_NAME));
        rows.add(named("dev 1", "environment name with a space", "environment 'dev 1': name: 'dev 1'" + SHELL_SAFE_NAME));
        rows.add(named("dev$(id)", "environment name with a command substitution",
                "environment 'dev$(id)': name: 'dev$(id)'" + SHELL_SAFE_NAME));
        rows.add(named("prod-state", "environment name of another environment's state stack",
                "environment 'prod-state': name: 'prod-state' is the name of the state bootstrap stack of environment prod;"
                        + " allowed: a name not ending in -state"));
        rows.add(named("analytics-sandbox", "environment name of 17 characters",
                "environment 'analytics-sandbox': name: 'analytics-sandbox'" + SHELL_SAFE_NAME));
        rows.add(dev("namePrefix giving buckets starting with xn-- (reserved by S3)", put("/namePrefix", "xn--data"),
                bucket("xn--data", "it must not start with 'xn--' (reserved by S3)")));
        rows.add(dev("namePrefix giving buckets starting with sthree-", put("/namePrefix", "sthree-data"),
                bucket("sthree-data", "it must not start with 'sthree-' (reserved by S3)")));
        rows.add(dev("namePrefix too long for a 63-character bucket name in ap-southeast-2", put("/namePrefix", "abcdefghijklmnopqrst")
                        .andThen(put("/region", "ap-southeast-2")).andThen(put("/availabilityZones", List.of("ap-southeast-2a", "ap-southeast-2b"))),
                E + "namePrefix: gives the S3 bucket name 'abcdefghijklmnopqrst-dev-access-logs-123456789012-ap-southeast-2' but it has 64"
                        + " characters; allowed: 3-63 characters: lower-case letters, digits, '.' and '-'"));
        rows.add(dev("Glue catalog database name with upper case and '-'", put("/glue/catalogDatabaseName", "Data-Lake"),
                E + "glue.catalogDatabaseName: 'Data-Lake' is not a valid Glue catalog database name (it has characters other than"
                        + " lower-case letters, digits and '_'); allowed: 1-255 characters: lower-case letters, digits and '_'"));
        rows.add(prod("state bucket with two adjacent periods", put("/backend/bucket", "glueplat..state"),
                "environment 'prod': backend.bucket: 'glueplat..state' is not a valid S3 bucket name (it must not contain two adjacent"
                        + " periods); allowed: 3-63 characters: lower-case letters, digits, '.' and '-'"));
        rows.add(prod("state bucket ending with -s3alias", put("/backend/bucket", "glueplat-state-s3alias"),
                "environment 'prod': backend.bucket: 'glueplat-state-s3alias' is not a valid S3 bucket name (it must not end with"
                        + " '-s3alias' (reserved by S3)); allowed: 3-63 characters: lower-case letters, digits, '.' and '-'"));
        rows.add(prod("lock table name with a space", put("/backend/dynamodbTable", "terraform locks"),
                "environment 'prod': backend.dynamodbTable: 'terraform locks' is not a valid DynamoDB table name (it has characters other"
                        + " than letters, digits and _.-); allowed: 3-255 characters: letters, digits and _.-"));
        rows.add(prod("state bucket with upper case", put("/backend/bucket", "GluePlat-State"),
                "environment 'prod': backend.bucket: 'GluePlat-State' is not a valid S3 bucket name (it has characters other than"
                        + " lower-case letters, digits, '.' and '-'); allowed: 3-63 characters: lower-case letters, digits, '.' and '-'"));

        // ---- regions and zones -----------------------------------------------------------------------------------
        rows.add(dev("region that does not exist", put("/region", "us-east-9"),
                E + "region: 'us-east-9' is not an AWS region; allowed: one of " + REGIONS));
        rows.add(dev("zone letter the region does not have", put("/availabilityZones/1", "us-east-2d"),
                E + "availabilityZones: 'us-east-2d' is not a zone of us-east-2; allowed: us-east-2a, us-east-2b, us-east-2c"));
        rows.add(dev("zone of another region", put("/availabilityZones/0", "eu-west-1a"),
                E + "availabilityZones: 'eu-west-1a' is not a zone of us-east-2; allowed: us-east-2a, us-east-2b, us-east-2c"));
        rows.add(dataxr("cross-region store in a region that does not exist", put("/connectivity/crossRegionStore/region", "us-east-7"),
                "environment 'dataxr': connectivity.crossRegionStore.region: 'us-east-7' is not an AWS region; allowed: one of " + REGIONS));
        rows.add(dataxr("peered VPC zone the region does not have", put("/connectivity/peeredVpc/availabilityZones/1", "us-east-2f"),
                "environment 'dataxr': connectivity.peeredVpc.availabilityZones: 'us-east-2f' is not a zone of us-east-2;"
                        + " allowed: us-east-2a, us-east-2b, us-east-2c"));
        rows.add(prod("state bucket region that does not exist", put("/backend/region", "us-north-1"),
                "environment 'prod': backend.region: 'us-north-1' is not an AWS region; allowed: one of " + REGIONS));

        // ---- instance types and classes -------------------------------------------------------------------------
        rows.add(dev("EC2 size the family does not have", put("/toolsHost/instanceType", "t3.mega"),
                E + "toolsHost.instanceType: 't3.mega' is not an EC2 instance type (family t3 has no size mega); allowed: t3.nano,"
                        + " t3.micro, t3.small, t3.medium, t3.large, t3.xlarge, t3.2xlarge"));
        rows.add(dev("EC2 family that does not exist", put("/toolsHost/instanceType", "x9.large"),
                E + "toolsHost.instanceType: 'x9.large' is not an EC2 instance type (unknown family x9); allowed: families t2, t3, t3a,"
                        + " t4g, m5, m5a, m6i, m6a, m6g, m7g, m7i, m7i-flex, c5, c6i, c6g, c7g, c7i, r5, r6i, r6g, r7g, r7i"));
        rows.add(dev("Graviton tools host with the x86_64 image", put("/toolsHost/instanceType", "t4g.micro"),
                E + "toolsHost.instanceType: 't4g.micro' is an arm64 (Graviton) type but the host image is Amazon Linux 2023 for x86_64;"
                        + " allowed: an x86_64 type such as t3.small, m6i.large"));
        rows.add(dev("Graviton Kubernetes host", put("/services/kubernetesInstanceType", "m7g.large"),
                E + "services.kubernetesInstanceType: 'm7g.large' is an arm64 (Graviton) type but the host image is Amazon Linux 2023"
                        + " for x86_64; allowed: an x86_64 type such as t3.small, m6i.large"));
        rows.add(dev("RDS size the family does not have", put("/database/instanceClass", "db.t3.huge"),
                E + "database.instanceClass: 'db.t3.huge' is not an RDS instance class (family db.t3 has no size huge); allowed:"
                        + " db.t3.micro, db.t3.small, db.t3.medium, db.t3.large, db.t3.xlarge, db.t3.2xlarge"));
        rows.add(dev("RDS family that does not exist", put("/database/instanceClass", "db.z9.large"),
                E + "database.instanceClass: 'db.z9.large' is not an RDS instance class (unknown family z9); allowed: families db.t3,"
                        + " db.t4g, db.m5, db.m6g, db.m6i, db.m7g, db.r5, db.r6g, db.r6i, db.r7g"));
        rows.add(dataxr("Redshift node type that does not exist", put("/connectivity/crossRegionStore/nodeType", "ra3.medium"),
                "environment 'dataxr': connectivity.crossRegionStore.nodeType: 'ra3.medium' is not a Redshift node type; allowed:"
                        + " ra3.large, ra3.xlplus, ra3.4xlarge, ra3.16xlarge, dc2.large, dc2.8xlarge"));

        // ---- numeric ranges --------------------------------------------------------------------------------------
        rows.add(dev("maxAllocatedStorageGb beyond RDS's 65536 GiB", put("/database/maxAllocatedStorageGb", 70000),
                E + "database.maxAllocatedStorageGb: 70000 is not allowed; allowed: up to 65536 (the gp3 limit of RDS for MySQL)"));
        rows.add(dev("maxAllocatedStorageGb less than 10% above the allocated storage", put("/database/allocatedStorageGb", 100)
                        .andThen(put("/database/maxAllocatedStorageGb", 105)),
                E + "database.maxAllocatedStorageGb: 105 is less than 10% above allocatedStorageGb 100; allowed: 110 to 65536"
                        + " (RDS refuses a storage autoscaling ceiling closer to the allocated storage)"));
        rows.add(dev("allocatedStorageGb below MySQL's gp3 minimum", put("/database/allocatedStorageGb", 10),
                E + "database.allocatedStorageGb: 10 is not allowed; allowed: 20 to 65536 (gp3)"));
        rows.add(dev("backup retention beyond 35 days", put("/database/backupRetentionDays", 36),
                E + "database.backupRetentionDays: 36 is not allowed; allowed: 1 to 35 (0 would turn automated backups off)"));
        rows.add(dev("log retention CloudWatch does not offer", put("/logRetentionDays", 10),
                E + "logRetentionDays: 10 is not allowed; allowed: one of CloudWatch's retention values [1, 3, 5, 7, 14, 30, 60, 90,"
                        + " 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653]"));
        rows.add(dev("300 Glue workers", put("/glue/numberOfWorkers", 300),
                E + "glue.numberOfWorkers: 300 is not allowed; allowed: 2 to 299"));
        rows.add(dev("150 G.2X Glue workers", put("/glue/workerType", "G.2X").andThen(put("/glue/numberOfWorkers", 150)),
                E + "glue.numberOfWorkers: 150 is not allowed with G.2X workers; allowed: 2 to 149"));
        rows.add(dev("Glue timeout of 0 minutes", put("/glue/timeoutMinutes", 0),
                E + "glue.timeoutMinutes: 0 is not allowed; allowed: 1 to 2880"));
        rows.add(dev("11 Glue retries", put("/glue/maxRetries", 11), E + "glue.maxRetries: 11 is not allowed; allowed: 0 to 10"));
        rows.add(dev("tools host root volume of 4 GiB", put("/toolsHost/rootVolumeGb", 4),
                E + "toolsHost.rootVolumeGb: 4 is not allowed; allowed: 8 to 16384"));
        rows.add(dev("host root volume beyond gp3's 16 TiB", put("/services/hostRootVolumeGb", 20000),
                E + "services.hostRootVolumeGb: 20000 is not allowed; allowed: 8 to 16384"));
        rows.add(dev("ECR keeping no image", put("/services/ecrKeepImages", 0),
                E + "services.ecrKeepImages: 0 is not allowed; allowed: 1 to 1000"));
        rows.add(dev("one workflow worker", put("/services/workflowWorkers", 1),
                E + "services.workflowWorkers: 1 is not allowed; allowed: 2 to 299"));
        rows.add(dataxr("ra3 Redshift on a port outside the ra3 ranges", put("/connectivity/crossRegionStore/port", 6000),
                "environment 'dataxr': connectivity.crossRegionStore.port: 6000 is not allowed with ra3.xlplus nodes; allowed: 5431 to 5455"
                        + " or 8191 to 8215 (Redshift's port ranges for ra3 clusters; default 5439)"));
        rows.add(dataxr("Redshift cluster of 0 nodes", put("/connectivity/crossRegionStore/numberOfNodes", 0),
                "environment 'dataxr': connectivity.crossRegionStore.numberOfNodes: 0 is not allowed; allowed: 1 to 128"));
        rows.add(dataxr("peered PostgreSQL of 5 GiB", put("/connectivity/peeredVpc/allocatedStorageGb", 5),
                "environment 'dataxr': connectivity.peeredVpc.allocatedStorageGb: 5 is not allowed; allowed: 20 to 65536 (gp3)"));
        rows.add(dev("old object versions kept 0 days", put("/storage/noncurrentVersionExpirationDays", 0),
                E + "storage.noncurrentVersionExpirationDays: 0 is not allowed; allowed: 1 or more days"));

        // ---- types, in words ------------------------------------------------------------------------------------
        rows.add(dev("number of workers as text", put("/glue/numberOfWorkers", "2"),
                E + "glue.numberOfWorkers: expected a whole number, got the text \"2\""));
        rows.add(dev("boolean as text", put("/database/multiAz", "true"),
                E + "database.multiAz: expected true or false, got the text \"true\""));
        rows.add(dev("boolean as a number", put("/storage/forceDestroy", 1),
                E + "storage.forceDestroy: expected true or false, got the number 1"));
        rows.add(dev("enum as a number (would silently pick the first constant)", put("/network/natMode", 0),
                E + "network.natMode: '0' is not allowed; allowed: SINGLE, ONE_PER_AZ"));
        rows.add(dev("region as a number", put("/region", 5), E + "region: expected text in quotes, got the number 5"));
        rows.add(dev("tag value as a number", tag("Owner", 5), E + "tags.Owner: expected text in quotes, got the number 5"));
        rows.add(dev("whole number beyond any range", put("/glue/numberOfWorkers", 99999999999L),
                E + "glue.numberOfWorkers: expected a whole number up to 2147483647, got 99999999999"));
        rows.add(dev("fraction where a whole number belongs", put("/glue/numberOfWorkers", 2.5),
                E + "glue.numberOfWorkers: expected a whole number, got the number 2.5"));
        rows.add(dev("one zone instead of a list", put("/availabilityZones", "us-east-2a"),
                E + "availabilityZones: expected a list [...], got the text \"us-east-2a\""));
        rows.add(dev("tags as a list", put("/tags", List.of("Owner")),
                E + "tags: expected an object {\"key\": \"text\", ...}, got a list"));
        rows.add(dev("null inside a list", put("/adminCidrs", java.util.Arrays.asList("10.0.0.0/8", null)),
                E + "adminCidrs[1]: expected text in quotes, got null"));
        rows.add(dev("import address as a number", put("/migration/imports", List.of(Map.of("to", 5, "id", "x"))),
                E + "migration.imports[0].to: expected text in quotes, got the number 5"));
        rows.add(dev("object where a text belongs", put("/toolsHost/instanceType", Map.of("type", "t3.micro")),
                E + "toolsHost.instanceType: expected text in quotes, got an object"));

        // ---- the file itself: duplicates, parser limits, JSON --------------------------------------------------
        rows.add(raw("duplicate accountId (the last would silently win)",
                "{\n  \"accountId\": \"123456789012\",\n  \"region\": \"us-east-2\",\n  \"accountId\": \"210987654321\"\n}",
                E + "accountId: appears twice in the file (again at line 4); allowed: each key once (otherwise the last one would silently win)"));
        rows.add(raw("duplicate nested key", "{\n  \"glue\": {\n    \"numberOfWorkers\": 2,\n    \"numberOfWorkers\": 20\n  }\n}",
                E + "glue.numberOfWorkers: appears twice in the file (again at line 4); allowed: each key once (otherwise the last one would"
                        + " silently win)"));
        rows.add(raw("nesting deeper than the parser limit", "{\n\"tags\": " + "[".repeat(40) + "]".repeat(40) + "\n}",
                E + "the file nests objects and lists more than 32 levels deep at line 2; allowed: at most 32 levels (an environment file"
                        + " needs 4)"));
        rows.add(raw("number with more digits than the parser limit", "{\n  \"logRetentionDays\": 1" + "0".repeat(30) + "\n}",
                E + "a number at line 2 has more than 20 digits; allowed: numbers of at most 20 digits"));
        rows.add(raw("text longer than the parser limit", "{\n  \"namePrefix\": \"" + "x".repeat(20_000) + "\"\n}",
                E + "a text value at line 2 is longer than 10000 characters; allowed: at most 10000 characters per value"));
        rows.add(raw("a missing comma", "{\n  \"accountId\": \"123456789012\"\n  \"region\": \"us-east-2\"\n}",
                E + "not valid JSON at line 3, column 3: expected ',' or '}' after a value; allowed: entries separated by commas"));
        rows.add(raw("a trailing comma", "{\n  \"accountId\": \"123456789012\",\n}",
                E + "not valid JSON at line 3, column 1: expected a key in double quotes; allowed: \"key\": value pairs without a trailing comma"));
        rows.add(raw("a comment", "{\n  // the dev account\n  \"accountId\": \"123456789012\"\n}",
                E + "not valid JSON at line 2, column 3: JSON has no comments; allowed: plain JSON (put notes in README or docs/)"));
        rows.add(raw("an unquoted value", "{\n  \"region\": us-east-2\n}",
                E + "not valid JSON at line 2, column 15: 'us' is not a JSON value; allowed: text in double quotes, numbers, true, false, null"));
        rows.add(raw("a truncated file", "{\n  \"accountId\": \"123456789012\",\n  \"network\": {",
                E + "not valid JSON at line 3, column 15: the file ends before the JSON is complete; allowed: every '{' and '[' closed"));
        rows.add(raw("two objects in one file", "{}\n{}",
                E + "not valid JSON at line 2, column 1: there is more after the JSON object; allowed: exactly one object per file"));
        rows.add(raw("a list instead of an object", "[\"dev\"]", E + "the file must hold one JSON object"));
        rows.add(raw("an empty file", "", E + "the file must hold one JSON object"));
        rows.add(dev("name field naming another environment", put("/name", "prod"),
                E + "name: 'prod' differs from the file name; allowed: 'dev' or no name field"));

        // ---- selection -------------------------------------------------------------------------------------------
        rows.add(new BadInput("the same environment requested twice", Map.of("dev", ConfigFixtures.shipped("dev").toString()),
                List.of("dev", "dev"), E + "requested 2 times (dev,dev); allowed: each environment once in PLATFORM_ENVIRONMENTS or the arguments"));
        return Collections.unmodifiableList(rows);
    }

    /** The row with this label (for the subset run through Main). */
    public static BadInput byLabel(String label) {
        return all().stream().filter(row -> row.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no bad input labelled " + label));
    }

    private static BadInput dev(String label, Consumer<ObjectNode> edit, String expected) {
        return edited("dev", "dev", label, edit, expected);
    }

    private static BadInput prod(String label, Consumer<ObjectNode> edit, String expected) {
        return edited("prod", "prod", label, edit, expected);
    }

    private static BadInput dataxr(String label, Consumer<ObjectNode> edit, String expected) {
        return edited("dataxr", "dataxr", label, edit, expected);
    }

    /** The valid dev document saved under another (bad) environment name. */
    private static BadInput named(String name, String label, String expected) {
        return edited("dev", name, label, document -> { }, expected);
    }

    private static BadInput edited(String shipped, String name, String label, Consumer<ObjectNode> edit, String expected) {
        ObjectNode document = ConfigFixtures.shipped(shipped);
        edit.accept(document);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(name, document.toString());
        return new BadInput(label, files, List.of(name), expected);
    }

    private static BadInput raw(String label, String text, String expected) {
        return new BadInput(label, Map.of("dev", text), List.of("dev"), expected);
    }

    private static Consumer<ObjectNode> tag(String key, Object value) {
        return document -> document.putObject("tags").set(key, new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(value));
    }

    private static String bucket(String prefix, String violation) {
        return E + "namePrefix: gives the S3 bucket name '" + prefix + "-dev-lake-123456789012-us-east-2' but " + violation
                + "; allowed: 3-63 characters: lower-case letters, digits, '.' and '-'";
    }
}
