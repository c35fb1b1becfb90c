package io.glueplatform.config;

import io.glueplatform.preflight.Rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks one environment before any construct is built. Every problem becomes one line naming the
 * environment, the field and what is allowed; all problems are reported at once.
 */
public final class ConfigValidator {

    /** Purposes of the buckets the platform creates; each becomes part of a globally unique bucket name. */
    public static final List<String> BUCKET_PURPOSES = List.of("lake", "scripts", "outputs", "access-logs");

    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[a-z][a-z0-9-]{0,14}");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d");
    private static final Pattern NAME_PREFIX = Pattern.compile("[a-z0-9][a-z0-9-]{1,20}[a-z0-9]");
    private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern RESOURCE_ADDRESS = Pattern.compile("aws_[a-z0-9_]+\\.[a-z_][a-z0-9_]*");
    private static final Pattern GLUE_DATABASE_NAME = Pattern.compile("[a-z0-9_]{1,255}");
    private static final Pattern EC2_INSTANCE_TYPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9]+");
    private static final Pattern RDS_INSTANCE_CLASS = Pattern.compile("db\\.[a-z][a-z0-9-]*\\.[a-z0-9]+");
    private static final Pattern AMI = Pattern.compile("ami-[0-9a-f]{8,17}|resolve:ssm:/.+");
    private static final Pattern IMAGE_TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern MYSQL_IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,15}");
    private static final Set<String> MYSQL_RESERVED_USERNAMES = Set.of("admin", "root", "rdsadmin", "mysql");
    private static final Set<Integer> LOG_RETENTION_DAYS = Set.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400,
            545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);
    private static final List<String> GLUE_VERSIONS = List.of("3.0", "4.0", "5.0");
    private static final List<String> GLUE_WORKER_TYPES = List.of("G.1X", "G.2X", "G.4X", "G.8X");
    private static final List<String> GLUE_EXECUTION_CLASSES = List.of("STANDARD", "FLEX");
    private static final List<String> GLUE_FLEX_WORKER_TYPES = List.of("G.1X", "G.2X");
    private static final Pattern REDSHIFT_NODE_TYPE = Pattern.compile("(ra3|dc2)\\.[a-z0-9]+");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws(-[a-z]+)*:iam::(\\d{12}):role/[A-Za-z0-9+=,.@_/-]+");
    private static final Pattern SQL_IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EnvironmentConfig env;
    private final List<String> problems = new ArrayList<>();

    private ConfigValidator(EnvironmentConfig env) {
        this.env = env;
    }

    public static List<String> validate(EnvironmentConfig env) {
        ConfigValidator validator = new ConfigValidator(env);
        validator.run();
        return List.copyOf(validator.problems);
    }

    private void problem(String field, String message) {
        problems.add("environment '" + env.name() + "': " + field + ": " + message);
    }

    private void run() {
        boolean nameValid = env.name() != null && ENVIRONMENT_NAME.matcher(env.name()).matches();
        if (!nameValid) {
            problem("name", "'" + env.name() + "' is not allowed; allowed: lower-case letters, digits and '-', starting with a letter, at most 15 characters");
        }
        boolean accountValid = required("accountId", env.accountId(), "exactly 12 digits");
        if (accountValid && !ACCOUNT_ID.matcher(env.accountId()).matches()) {
            problem("accountId", "'" + env.accountId() + "' is not allowed; allowed: exactly 12 digits");
            accountValid = false;
        }
        boolean regionValid = required("region", env.region(), "names like us-east-2, eu-west-1") && checkRegion();
        checkAvailabilityZones(regionValid);
        // Bucket names are only derived from valid parts; otherwise namePrefix would be blamed for their problems.
        checkNames(nameValid && accountValid && regionValid);
        checkNetwork();
        checkAdminCidrs();
        checkToolsHost();
        checkDatabase();
        checkGlue();
        checkServices();
        checkRetention("logRetentionDays", env.logRetentionDays());
        checkConnectivity(regionValid);
        checkImports();
        if (env.storage().noncurrentVersionExpirationDays() < 1) {
            problem("storage.noncurrentVersionExpirationDays", env.storage().noncurrentVersionExpirationDays() + " is not allowed; allowed: 1 or more days");
        }
        checkBackend();
    }

    private boolean required(String field, Object value, String allowed) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            problem(field, "is missing but required; allowed: " + allowed);
            return false;
        }
        return true;
    }

    private boolean checkRegion() {
        if (!REGION.matcher(env.region()).matches()) {
            problem("region", "'" + env.region() + "' is not an AWS region; allowed: names like us-east-2, eu-west-1");
            return false;
        }
        return true;
    }

    private void checkAvailabilityZones(boolean regionValid) {
        List<String> zones = env.availabilityZones();
        if (zones.size() < 2) {
            problem("availabilityZones", "has " + zones.size() + " zone(s); allowed: two or more zones of the region (Glue AZ failover and the RDS subnet group need two)");
            return;
        }
        if (zones.stream().distinct().count() != zones.size()) {
            problem("availabilityZones", zones + " lists a zone twice; allowed: distinct zones");
        }
        if (regionValid) {
            for (String zone : zones) {
                if (zone == null || !zone.matches(Pattern.quote(env.region()) + "[a-z]")) {
                    problem("availabilityZones", "'" + zone + "' is not in region " + env.region() + "; allowed: " + env.region() + "a, " + env.region() + "b, ...");
                }
            }
        }
    }

    private void checkNames(boolean bucketPartsValid) {
        if (!NAME_PREFIX.matcher(env.namePrefix()).matches()) {
            problem("namePrefix", "'" + env.namePrefix() + "' is not allowed; allowed: 3-22 lower-case letters, digits or '-', starting and ending with a letter or digit (it starts every S3 bucket name)");
        } else if (bucketPartsValid) {
            for (String purpose : BUCKET_PURPOSES) {
                String bucket = env.bucketName(purpose);
                if (!BUCKET_NAME.matcher(bucket).matches()) {
                    problem("namePrefix", "gives the invalid S3 bucket name '" + bucket + "'; allowed: 3-63 lower-case letters, digits, '.' or '-'");
                }
            }
        }
        String database = env.glue().catalogDatabaseName();
        if (database != null && !GLUE_DATABASE_NAME.matcher(database).matches()) {
            problem("glue.catalogDatabaseName", "'" + database + "' is not a valid Glue catalog database name; allowed: lower-case letters, digits and '_' (Athena and Spark reject others)");
        }
    }

    private void checkNetwork() {
        NetworkConfig network = env.network();
        if (network == null) {
            problem("network", "is missing but required; allowed: an object with vpcCidr, publicSubnetCidrs and privateSubnetCidrs");
            return;
        }
        Cidr vpc = null;
        if (required("network.vpcCidr", network.vpcCidr(), "an IPv4 CIDR block from /16 to /28 such as 10.0.0.0/16")) {
            vpc = cidr("network.vpcCidr", network.vpcCidr());
            if (vpc != null && (vpc.prefixLength() < 16 || vpc.prefixLength() > 28)) {
                problem("network.vpcCidr", "'" + vpc + "' has prefix /" + vpc.prefixLength() + "; allowed: /16 to /28 (AWS VPC limits)");
                vpc = null;
            }
        }
        List<Cidr> subnets = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        checkSubnets("network.publicSubnetCidrs", network.publicSubnetCidrs(), vpc, subnets, labels);
        checkSubnets("network.privateSubnetCidrs", network.privateSubnetCidrs(), vpc, subnets, labels);
        for (int i = 0; i < subnets.size(); i++) {
            for (int j = i + 1; j < subnets.size(); j++) {
                if (subnets.get(i).overlaps(subnets.get(j))) {
                    problem(labels.get(j), "'" + subnets.get(j) + "' overlaps " + labels.get(i) + " '" + subnets.get(i) + "'; allowed: non-overlapping subnets");
                }
            }
        }
        for (String endpoint : network.optionalInterfaceEndpoints()) {
            if (!NetworkConfig.OPTIONAL_ENDPOINTS.contains(endpoint)) {
                problem("network.optionalInterfaceEndpoints", "'" + endpoint + "' is not allowed; allowed: " + String.join(", ", NetworkConfig.OPTIONAL_ENDPOINTS));
            }
        }
    }

    private void checkSubnets(String field, List<String> cidrs, Cidr vpc, List<Cidr> all, List<String> labels) {
        int zones = env.availabilityZones().size();
        if (cidrs.size() != zones) {
            problem(field, "has " + cidrs.size() + " subnet(s) for " + zones + " availability zone(s); allowed: exactly one subnet per zone");
        }
        for (int i = 0; i < cidrs.size(); i++) {
            String label = field + "[" + i + "]";
            Cidr subnet = cidr(label, cidrs.get(i));
            if (subnet == null) {
                continue;
            }
            if (subnet.prefixLength() > 28) {
                problem(label, "'" + subnet + "' is smaller than /28; allowed: /16 to /28 (AWS subnet limits)");
            }
            if (vpc != null && !vpc.contains(subnet)) {
                problem(label, "'" + subnet + "' is outside the VPC " + vpc + "; allowed: a block inside network.vpcCidr");
                continue;
            }
            all.add(subnet);
            labels.add(label);
        }
    }

    private Cidr cidr(String field, String text) {
        try {
            return Cidr.parse(text);
        } catch (IllegalArgumentException e) {
            problem(field, e.getMessage() + "; allowed: an IPv4 CIDR block such as 10.0.0.0/16");
            return null;
        }
    }

    private void checkAdminCidrs() {
        for (int i = 0; i < env.adminCidrs().size(); i++) {
            Cidr cidr = cidr("adminCidrs[" + i + "]", env.adminCidrs().get(i));
            if (cidr != null && cidr.prefixLength() < 8) {
                problem("adminCidrs[" + i + "]", "'" + cidr + "' opens admin ports to (almost) the whole internet; allowed: /8 or narrower, e.g. your office range or VPN egress /32");
            }
        }
    }

    private void checkToolsHost() {
        ToolsHostConfig host = env.toolsHost();
        if (!EC2_INSTANCE_TYPE.matcher(host.instanceType()).matches()) {
            problem("toolsHost.instanceType", "'" + host.instanceType() + "' is not an EC2 instance type; allowed: names like t3.micro");
        }
        if (!AMI.matcher(host.amiId()).matches()) {
            problem("toolsHost.amiId", "'" + host.amiId() + "' is not allowed; allowed: an AMI id (ami-0123456789abcdef0) or resolve:ssm:/parameter/path");
        }
        if (!host.rootDeviceName().matches("/dev/(xvd|sd)[a-z][0-9]*")) {
            problem("toolsHost.rootDeviceName", "'" + host.rootDeviceName() + "' is not allowed; allowed: a device such as /dev/xvda or /dev/sda1");
        }
        if (host.rootVolumeGb() < 8 || host.rootVolumeGb() > 16384) {
            problem("toolsHost.rootVolumeGb", host.rootVolumeGb() + " is not allowed; allowed: 8 to 16384");
        }
    }

    private void checkDatabase() {
        DatabaseConfig db = env.database();
        if (!RDS_INSTANCE_CLASS.matcher(db.instanceClass()).matches()) {
            problem("database.instanceClass", "'" + db.instanceClass() + "' is not an RDS instance class; allowed: names like db.t3.micro");
        }
        if (!db.engineVersion().matches("8\\.0(\\.\\d+)?|8\\.4(\\.\\d+)?")) {
            problem("database.engineVersion", "'" + db.engineVersion() + "' is not allowed; allowed: MySQL 8 versions such as 8.0, 8.0.39 or 8.4");
        }
        if (db.allocatedStorageGb() < 20 || db.allocatedStorageGb() > 65536) {
            problem("database.allocatedStorageGb", db.allocatedStorageGb() + " is not allowed; allowed: 20 to 65536 (gp3)");
        }
        if (db.maxAllocatedStorageGb() < db.allocatedStorageGb()) {
            problem("database.maxAllocatedStorageGb", db.maxAllocatedStorageGb() + " is below allocatedStorageGb " + db.allocatedStorageGb() + "; allowed: at least allocatedStorageGb");
        }
        if (!MYSQL_IDENTIFIER.matcher(db.databaseName()).matches()) {
            problem("database.databaseName", "'" + db.databaseName() + "' is not allowed; allowed: a letter then up to 15 letters, digits or '_'");
        }
        if (!MYSQL_IDENTIFIER.matcher(db.masterUsername()).matches() || MYSQL_RESERVED_USERNAMES.contains(db.masterUsername().toLowerCase())) {
            problem("database.masterUsername", "'" + db.masterUsername() + "' is not allowed; allowed: a letter then up to 15 letters, digits or '_', not one of " + MYSQL_RESERVED_USERNAMES);
        }
        if (db.backupRetentionDays() < 1 || db.backupRetentionDays() > 35) {
            problem("database.backupRetentionDays", db.backupRetentionDays() + " is not allowed; allowed: 1 to 35 (0 would turn automated backups off)");
        }
    }

    private void checkGlue() {
        GlueConfig glue = env.glue();
        oneOf("glue.version", glue.version(), GLUE_VERSIONS);
        oneOf("glue.workerType", glue.workerType(), GLUE_WORKER_TYPES);
        oneOf("glue.executionClass", glue.executionClass(), GLUE_EXECUTION_CLASSES);
        if (glue.numberOfWorkers() < 2 || glue.numberOfWorkers() > 299) {
            problem("glue.numberOfWorkers", glue.numberOfWorkers() + " is not allowed; allowed: 2 to 299");
        }
        if (glue.timeoutMinutes() < 1 || glue.timeoutMinutes() > 2880) {
            problem("glue.timeoutMinutes", glue.timeoutMinutes() + " is not allowed; allowed: 1 to 2880");
        }
        if (glue.maxRetries() < 0 || glue.maxRetries() > 10) {
            problem("glue.maxRetries", glue.maxRetries() + " is not allowed; allowed: 0 to 10");
        }
        if ("FLEX".equals(glue.executionClass()) && GLUE_WORKER_TYPES.contains(glue.workerType())
                && !GLUE_FLEX_WORKER_TYPES.contains(glue.workerType())) {
            problem("glue.executionClass", "'FLEX' is not available with glue.workerType " + glue.workerType()
                    + "; allowed: FLEX with " + String.join(" or ", GLUE_FLEX_WORKER_TYPES) + " workers (Glue 3.0+ glueetl), STANDARD with any worker type");
        }
    }

    private void checkServices() {
        ServicesConfig services = env.services();
        for (String field : List.of("kubernetesInstanceType", "monitoringInstanceType")) {
            String type = "kubernetesInstanceType".equals(field) ? services.kubernetesInstanceType() : services.monitoringInstanceType();
            if (!EC2_INSTANCE_TYPE.matcher(type).matches()) {
                problem("services." + field, "'" + type + "' is not an EC2 instance type; allowed: names like t3.small");
            }
        }
        if (services.hostRootVolumeGb() < 8 || services.hostRootVolumeGb() > 16384) {
            problem("services.hostRootVolumeGb", services.hostRootVolumeGb() + " is not allowed; allowed: 8 to 16384");
        }
        if (services.ecrKeepImages() < 1 || services.ecrKeepImages() > 1000) {
            problem("services.ecrKeepImages", services.ecrKeepImages() + " is not allowed; allowed: 1 to 1000");
        }
        if (!IMAGE_TAG.matcher(services.containerImageTag()).matches() || "latest".equals(services.containerImageTag())) {
            problem("services.containerImageTag", "'" + services.containerImageTag() + "' is not allowed; allowed: a Docker tag"
                    + " (letters, digits, '_', '.', '-', at most 128) other than 'latest' (tags are immutable, so 'latest' could never move)");
        }
        if (services.workflowWorkers() < 2 || services.workflowWorkers() > 299) {
            problem("services.workflowWorkers", services.workflowWorkers() + " is not allowed; allowed: 2 to 299");
        }
        for (int i = 0; i < services.webIngressCidrs().size(); i++) {
            // The web group is the public entry point: unlike adminCidrs, 0.0.0.0/0 is a legitimate value here.
            cidr("services.webIngressCidrs[" + i + "]", services.webIngressCidrs().get(i));
        }
    }

    /** Shape only; whether {@code to} is a resource of the stack is checked when the stack is built. */
    private void checkImports() {
        if (env.migration().fromLegacyHcl()) {
            problem("migration.fromLegacyHcl", "true is no longer supported; allowed: false or absent — run `make adopt ENV=" + env.name()
                    + " FROM=<legacy state>`, which writes environments/" + env.name() + ".migration.json (docs/migration.md)");
        }
        List<MigrationConfig.ImportSpec> imports = env.migration().imports();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < imports.size(); i++) {
            MigrationConfig.ImportSpec spec = imports.get(i);
            String field = "migration.imports[" + i + "]";
            if (spec.to() == null || spec.to().isBlank()) {
                problem(field + ".to", "is missing but required; allowed: an address of this stack such as aws_s3_bucket.s3_lake_this");
            } else if (!RESOURCE_ADDRESS.matcher(spec.to()).matches()) {
                problem(field + ".to", "'" + spec.to() + "' is not a resource address; allowed: <type>.<name> of this stack such as aws_s3_bucket.s3_lake_this");
            } else if (!seen.add(spec.to())) {
                problem(field + ".to", "'" + spec.to() + "' is imported twice; allowed: one import per address");
            }
            if (spec.id() == null || spec.id().isBlank()) {
                problem(field + ".id", "is missing but required; allowed: the provider's import id of the existing resource (e.g. the bucket name for aws_s3_bucket)");
            }
        }
    }

    private void oneOf(String field, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            problem(field, "'" + value + "' is not allowed; allowed: " + String.join(", ", allowed));
        }
    }

    private void checkRetention(String field, int days) {
        if (!LOG_RETENTION_DAYS.contains(days)) {
            problem(field, days + " is not allowed; allowed: one of CloudWatch's retention values "
                    + LOG_RETENTION_DAYS.stream().sorted().toList());
        }
    }

    private void checkBackend() {
        BackendConfig backend = env.backend();
        java.util.Map<String, Object> s3Fields = new java.util.LinkedHashMap<>();
        s3Fields.put("bucket", backend.bucket());
        s3Fields.put("key", backend.key());
        s3Fields.put("region", backend.region());
        s3Fields.put("kmsKeyId", backend.kmsKeyId());
        s3Fields.put("dynamodbTable", backend.dynamodbTable());
        java.util.Map<String, Object> cloudFields = new java.util.LinkedHashMap<>();
        cloudFields.put("organization", backend.organization());
        cloudFields.put("workspace", backend.workspace());
        cloudFields.put("hostname", backend.hostname());
        switch (backend.type()) {
            case LOCAL -> {
                notAllowed(s3Fields, "LOCAL", "only type, or switch type to S3");
                notAllowed(cloudFields, "LOCAL", "only type, or switch type to CLOUD");
            }
            case S3 -> {
                notAllowed(cloudFields, "S3", "bucket, key, region, kmsKeyId, dynamodbTable, useLockfile");
                if (required("backend.bucket", backend.bucket(), "the S3 bucket that holds state (create it with make bootstrap-state)")
                        && !BUCKET_NAME.matcher(backend.bucket()).matches()) {
                    problem("backend.bucket", "'" + backend.bucket() + "' is not a valid S3 bucket name; allowed: 3-63 lower-case letters, digits, '.' or '-'");
                }
                if (required("backend.key", backend.key(), "a state object key such as glue-platform/prod.tfstate")
                        && (backend.key().startsWith("/") || backend.key().endsWith("/"))) {
                    problem("backend.key", "'" + backend.key() + "' is not allowed; allowed: a key without leading or trailing '/'");
                }
                if (required("backend.region", backend.region(), "the state bucket's region, e.g. us-east-2")
                        && !REGION.matcher(backend.region()).matches()) {
                    problem("backend.region", "'" + backend.region() + "' is not an AWS region; allowed: names like us-east-2");
                }
                if (!backend.useLockfile() && backend.dynamodbTable() == null) {
                    problem("backend.useLockfile", "false with no dynamodbTable leaves state unlocked; allowed: useLockfile true and/or a dynamodbTable");
                }
            }
            case CLOUD -> {
                notAllowed(s3Fields, "CLOUD", "organization, workspace, hostname");
                required("backend.organization", backend.organization(), "your HCP Terraform / Terraform Enterprise organization");
                required("backend.workspace", backend.workspace(), "the workspace holding this environment's state");
            }
        }
    }

    private void checkConnectivity(boolean regionValid) {
        ConnectivityConfig connectivity = env.connectivity();
        Cidr glueVpc = safeCidr(env.network() == null ? null : env.network().vpcCidr());
        CrossRegionStoreConfig store = connectivity.crossRegionStore();
        if (store != null) {
            String f = "connectivity.crossRegionStore";
            boolean storeRegionValid = required(f + ".region", store.region(), "names like us-east-1, eu-west-1");
            if (storeRegionValid && !REGION.matcher(store.region()).matches()) {
                problem(f + ".region", "'" + store.region() + "' is not an AWS region; allowed: names like us-east-1, eu-west-1");
                storeRegionValid = false;
            }
            boolean otherAccount = store.accountId() != null && !store.accountId().equals(env.accountId());
            if (store.accountId() != null && !ACCOUNT_ID.matcher(store.accountId()).matches()) {
                problem(f + ".accountId", "'" + store.accountId() + "' is not allowed; allowed: exactly 12 digits, or no field for the environment's account");
            }
            if (storeRegionValid && regionValid && store.region().equals(env.region()) && !otherAccount) {
                problem(f + ".region", "'" + store.region() + "' is the environment's own region and account; allowed: another region"
                        + " (or another accountId); a store in the same region belongs in a peered VPC (connectivity.peeredVpc)");
            }
            if (store.assumeRoleArn() != null) {
                var matcher = ROLE_ARN.matcher(store.assumeRoleArn());
                if (!matcher.matches()) {
                    problem(f + ".assumeRoleArn", "'" + store.assumeRoleArn() + "' is not allowed; allowed: an IAM role ARN arn:aws:iam::<12 digits>:role/<name>");
                } else if (store.accountId() != null && !matcher.group(2).equals(store.accountId())) {
                    problem(f + ".assumeRoleArn", "'" + store.assumeRoleArn() + "' is in account " + matcher.group(2)
                            + ", not the store's account " + store.accountId() + "; allowed: a role in account " + store.accountId());
                }
            } else if (otherAccount) {
                problem(f + ".assumeRoleArn", "is missing but required for the store's account " + store.accountId()
                        + "; allowed: the ARN of a role in that account Terraform may assume");
            }
            checkStoreNetwork(f, storeRegionValid ? store.region() : null, store.availabilityZones(), 1, store.vpcCidr(),
                    store.subnetCidrs(), null);
            if (!REDSHIFT_NODE_TYPE.matcher(store.nodeType()).matches()) {
                problem(f + ".nodeType", "'" + store.nodeType() + "' is not a Redshift node type; allowed: names like ra3.xlplus, ra3.4xlarge");
            }
            if (store.numberOfNodes() < 1 || store.numberOfNodes() > 128) {
                problem(f + ".numberOfNodes", store.numberOfNodes() + " is not allowed; allowed: 1 to 128");
            }
            if (!SQL_IDENTIFIER.matcher(store.databaseName()).matches()) {
                problem(f + ".databaseName", "'" + store.databaseName() + "' is not allowed; allowed: a lower-case letter then up to 62 lower-case letters, digits or '_'");
            }
            if (!SQL_IDENTIFIER.matcher(store.masterUsername()).matches()) {
                problem(f + ".masterUsername", "'" + store.masterUsername() + "' is not allowed; allowed: a lower-case letter then up to 62 lower-case letters, digits or '_'");
            }
            if (store.port() < 1150 || store.port() > 65535) {
                problem(f + ".port", store.port() + " is not allowed; allowed: 1150 to 65535 (Redshift's port range; default 5439)");
            }
        }
        PeeredVpcConfig peer = connectivity.peeredVpc();
        if (peer != null) {
            String f = "connectivity.peeredVpc";
            String peerRegion = peer.region() == null ? (regionValid ? env.region() : null) : peer.region();
            if (peer.region() != null && !REGION.matcher(peer.region()).matches()) {
                problem(f + ".region", "'" + peer.region() + "' is not an AWS region; allowed: names like us-east-2, or no field for the environment's region");
                peerRegion = null;
            }
            checkStoreNetwork(f, peerRegion, peer.availabilityZones(), 2, peer.vpcCidr(), peer.subnetCidrs(), glueVpc);
            if (!RDS_INSTANCE_CLASS.matcher(peer.instanceClass()).matches()) {
                problem(f + ".instanceClass", "'" + peer.instanceClass() + "' is not an RDS instance class; allowed: names like db.t4g.micro");
            }
            if (!peer.engineVersion().matches("1[3-7](\\.\\d+)?")) {
                problem(f + ".engineVersion", "'" + peer.engineVersion() + "' is not allowed; allowed: PostgreSQL 13 to 17, e.g. 16 or 16.4");
            }
            if (!SQL_IDENTIFIER.matcher(peer.databaseName()).matches()) {
                problem(f + ".databaseName", "'" + peer.databaseName() + "' is not allowed; allowed: a lower-case letter then up to 62 lower-case letters, digits or '_'");
            }
            if (!SQL_IDENTIFIER.matcher(peer.masterUsername()).matches() || peer.masterUsername().startsWith("rds")
                    || peer.masterUsername().equals("postgres")) {
                problem(f + ".masterUsername", "'" + peer.masterUsername() + "' is not allowed; allowed: a lower-case letter then up to 62 lower-case letters, digits or '_', not postgres or rds*");
            }
            if (peer.allocatedStorageGb() < 20 || peer.allocatedStorageGb() > 65536) {
                problem(f + ".allocatedStorageGb", peer.allocatedStorageGb() + " is not allowed; allowed: 20 to 65536 (gp3)");
            }
        }
        List<ConnectivityConfig.PreflightSuppression> suppressions = connectivity.preflightSuppressions();
        Set<String> seen = new TreeSet<>();
        for (int i = 0; i < suppressions.size(); i++) {
            ConnectivityConfig.PreflightSuppression suppression = suppressions.get(i);
            String f = "connectivity.preflightSuppressions[" + i + "]";
            if (suppression.rule() == null || !Rules.ids().contains(suppression.rule())) {
                problem(f + ".rule", "'" + suppression.rule() + "' is not a preflight rule; allowed: " + String.join(", ", Rules.ids()));
            } else if (!seen.add(suppression.rule())) {
                problem(f + ".rule", "'" + suppression.rule() + "' is suppressed twice; allowed: one entry per rule");
            }
            if (suppression.reason() == null || suppression.reason().isBlank()) {
                problem(f + ".reason", "is missing but required; allowed: a written reason why the rule does not apply (it is printed on every synth)");
            }
        }
    }

    private void notAllowed(java.util.Map<String, Object> fields, String type, String allowed) {
        fields.forEach((field, value) -> {
            if (value != null) {
                problem("backend." + field, "is not used by backend type " + type + "; allowed: " + allowed);
            }
        });
    }

    private void checkStoreNetwork(String f, String region, List<String> zones, int minZones, String vpcCidr,
                                   List<String> subnetCidrs, Cidr mustNotOverlap) {
        if (zones.size() < minZones) {
            problem(f + ".availabilityZones", "has " + zones.size() + " zone(s); allowed: " + minZones + " or more zones of the store's region");
        }
        if (region != null) {
            for (String zone : zones) {
                if (zone == null || !zone.matches(Pattern.quote(region) + "[a-z]")) {
                    problem(f + ".availabilityZones", "'" + zone + "' is not in region " + region + "; allowed: " + region + "a, " + region + "b, ...");
                }
            }
        }
        if (zones.stream().distinct().count() != zones.size()) {
            problem(f + ".availabilityZones", zones + " lists a zone twice; allowed: distinct zones");
        }
        Cidr vpc = null;
        if (required(f + ".vpcCidr", vpcCidr, "an IPv4 CIDR block from /16 to /28 such as 10.20.0.0/16")) {
            vpc = cidr(f + ".vpcCidr", vpcCidr);
            if (vpc != null && (vpc.prefixLength() < 16 || vpc.prefixLength() > 28)) {
                problem(f + ".vpcCidr", "'" + vpc + "' has prefix /" + vpc.prefixLength() + "; allowed: /16 to /28 (AWS VPC limits)");
                vpc = null;
            }
            if (vpc != null && mustNotOverlap != null && vpc.overlaps(mustNotOverlap)) {
                problem(f + ".vpcCidr", "'" + vpc + "' overlaps the Glue VPC " + mustNotOverlap
                        + "; allowed: a block that does not overlap network.vpcCidr (VPC peering refuses overlapping CIDRs)");
            }
        }
        if (subnetCidrs.size() != zones.size()) {
            problem(f + ".subnetCidrs", "has " + subnetCidrs.size() + " subnet(s) for " + zones.size() + " availability zone(s); allowed: exactly one subnet per zone");
        }
        List<Cidr> seen = new ArrayList<>();
        for (int i = 0; i < subnetCidrs.size(); i++) {
            String label = f + ".subnetCidrs[" + i + "]";
            Cidr subnet = cidr(label, subnetCidrs.get(i));
            if (subnet == null) {
                continue;
            }
            if (subnet.prefixLength() > 28) {
                problem(label, "'" + subnet + "' is smaller than /28; allowed: /16 to /28 (AWS subnet limits)");
            }
            if (vpc != null && !vpc.contains(subnet)) {
                problem(label, "'" + subnet + "' is outside the VPC " + vpc + "; allowed: a block inside " + f + ".vpcCidr");
            }
            for (Cidr other : seen) {
                if (other.overlaps(subnet)) {
                    problem(label, "'" + subnet + "' overlaps '" + other + "'; allowed: non-overlapping subnets");
                }
            }
            seen.add(subnet);
        }
    }

    private static Cidr safeCidr(String text) {
        try {
            return text == null ? null : Cidr.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
