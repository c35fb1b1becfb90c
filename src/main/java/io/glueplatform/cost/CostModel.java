package io.glueplatform.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prices a synthesized stack (its resolved Terraform JSON) per month: what the resources cost by existing, at
 * on-demand list prices of the region each resource's provider deploys to. Usage-priced parts (log volume, NAT
 * traffic, image sizes) come from {@link UsageAssumptions}; Glue runs are priced per hour, not per month.
 */
public final class CostModel {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([a-z0-9_]+)\\.([A-Za-z0-9_-]+)\\.");
    /** DPUs per Glue worker type (https://docs.aws.amazon.com/glue/latest/dg/add-job.html). */
    private static final Map<String, Double> DPU_PER_WORKER = Map.of("G.025X", 0.25, "G.1X", 1.0, "G.2X", 2.0, "G.4X", 4.0,
            "G.8X", 8.0, "Standard", 1.0, "Z.2X", 2.0);
    /** The root volume an AMI brings when the stack sets none (Amazon Linux 2023: 8 GiB gp3). */
    private static final int DEFAULT_ROOT_GB = 8;

    private final String environment;
    private final JsonNode document;
    private final Function<String, PriceTable> prices;
    private final UsageAssumptions usage;
    private final List<CostLine> lines = new ArrayList<>();
    private final Set<String> sources = new LinkedHashSet<>();

    private CostModel(String environment, JsonNode document, Function<String, PriceTable> prices, UsageAssumptions usage) {
        this.environment = environment;
        this.document = document;
        this.prices = prices;
        this.usage = usage;
    }

    /** With the price tables and usage assumptions shipped in the repository. */
    public static CostEstimate estimate(String environment, JsonNode document) {
        Map<String, PriceTable> cache = new LinkedHashMap<>();
        return estimate(environment, document, region -> cache.computeIfAbsent(region, PriceTable::forRegion), UsageAssumptions.shipped());
    }

    public static CostEstimate estimate(String environment, JsonNode document, Function<String, PriceTable> prices, UsageAssumptions usage) {
        CostModel model = new CostModel(environment, CanonicalJson.of(document), prices, usage);
        try {
            return model.run();
        } catch (CostException e) {
            throw new CostException("environment '" + environment + "': " + e.getMessage());
        }
    }

    private CostEstimate run() {
        instances();
        natGateways();
        each("aws_eip", (address, eip, p) -> add(Component.PUBLIC_IPV4, address, p,
                rate(p.number("publicIpv4Hourly")) + "/h × " + hours(p), p.number("publicIpv4Hourly") * p.hoursPerMonth()));
        interfaceEndpoints();
        databases();
        redshift();
        logs();
        ecr();
        secrets();
        each("aws_kms_key", (address, key, p) -> add(Component.KMS, address, p, "1 customer managed key", p.number("kmsKeyMonth")));
        fargate();
        return new CostEstimate(environment, List.copyOf(lines), glueDpuHour(), new LinkedHashSet<>(sources));
    }

    private interface Pricer {
        void price(String address, JsonNode resource, PriceTable prices);
    }

    private void each(String type, Pricer pricer) {
        document.path("resource").path(type).fields().forEachRemaining(entry ->
                pricer.price(type + "." + entry.getKey(), entry.getValue(), table(entry.getValue())));
    }

    private PriceTable table(JsonNode resource) {
        String region = regionOf(resource);
        if (region == null) {
            throw new CostException("the provider of a resource has no literal region");
        }
        PriceTable table = prices.apply(region);
        sources.add(region + ": on-demand list prices as of " + table.asOf() + " (src/main/resources/cost/prices-" + region + ".json) — "
                + table.source());
        return table;
    }

    /** The region of a resource's provider block (alias aware), as written in the document. The preflight's NetworkModel reads
     * it the same way; pricing keeps its own three lines so it does not depend on the network checker. */
    private String regionOf(JsonNode resource) {
        String provider = resource.path("provider").asText("aws");
        String alias = provider.contains(".") ? provider.substring(provider.indexOf('.') + 1) : null;
        for (JsonNode block : document.path("provider").path("aws")) {
            if (alias == null ? !block.has("alias") : alias.equals(block.path("alias").asText())) {
                return block.path("region").asText(null);
            }
        }
        return null;
    }

    private void add(Component component, String resource, PriceTable prices, String basis, double monthly) {
        lines.add(new CostLine(component, resource, prices.region(), basis, monthly));
    }

    private void instances() {
        each("aws_instance", (address, instance, p) -> {
            JsonNode template = launchTemplate(instance);
            String type = instance.path("instance_type").asText(template.path("instance_type").asText(null));
            if (type == null) {
                throw new CostException(address + " has no instance_type (neither on the instance nor its launch template)");
            }
            double hourly = p.lookup("ec2InstanceHourly", type, "EC2 instance type");
            add(Component.EC2, address, p, type + " " + rate(hourly) + "/h × " + hours(p), hourly * p.hoursPerMonth());
            rootVolume(address, instance, template, p);
        });
    }

    private void rootVolume(String address, JsonNode instance, JsonNode template, PriceTable p) {
        JsonNode root = block(instance.path("root_block_device"));
        int gb;
        String type;
        if (root.has("volume_size")) {
            gb = root.path("volume_size").asInt();
            type = root.path("volume_type").asText("gp3");
        } else if (block(template.path("block_device_mappings")).path("ebs").has("volume_size")) {
            JsonNode ebs = block(template.path("block_device_mappings")).path("ebs");
            gb = ebs.path("volume_size").asInt();
            type = ebs.path("volume_type").asText("gp3");
        } else {
            gb = DEFAULT_ROOT_GB;
            type = "gp3";
        }
        double perGb = p.lookup("ebsGbMonth", type, "EBS volume type");
        add(Component.EBS, address, p, gb + " GB " + type + " × " + rate(perGb) + "/GB", gb * perGb);
    }

    private JsonNode launchTemplate(JsonNode instance) {
        String id = block(instance.path("launch_template")).path("id").asText("");
        return reference(id).map(this::resource).orElse(MAPPER.createObjectNode());
    }

    private void natGateways() {
        each("aws_nat_gateway", (address, nat, p) -> {
            double hourly = p.number("natGatewayHourly");
            double traffic = usage.natProcessedGbPerGatewayPerMonth() * p.number("natGatewayProcessedGb");
            add(Component.NAT, address, p, rate(hourly) + "/h × " + hours(p) + " + " + number(usage.natProcessedGbPerGatewayPerMonth())
                    + " GB processed × " + rate(p.number("natGatewayProcessedGb")) + "/GB", hourly * p.hoursPerMonth() + traffic);
        });
    }

    private void interfaceEndpoints() {
        each("aws_vpc_endpoint", (address, endpoint, p) -> {
            if (!"Interface".equalsIgnoreCase(endpoint.path("vpc_endpoint_type").asText("Gateway"))) {
                return;
            }
            int zones = Math.max(1, endpoint.path("subnet_ids").size());
            double hourly = p.number("interfaceEndpointHourlyPerAz");
            add(Component.INTERFACE_ENDPOINTS, address, p, zones + " AZ × " + rate(hourly) + "/h × " + hours(p),
                    zones * hourly * p.hoursPerMonth());
        });
    }

    private void databases() {
        each("aws_db_instance", (address, db, p) -> {
            String engine = db.path("engine").asText("");
            String instanceClass = db.path("instance_class").asText();
            boolean multiAz = db.path("multi_az").asBoolean(false);
            double hourly = p.rdsHourly(engine, instanceClass) * (multiAz ? p.number("rdsMultiAzInstanceFactor") : 1);
            add(Component.RDS, address, p, engine + " " + instanceClass + (multiAz ? " Multi-AZ " : " ") + rate(hourly) + "/h × " + hours(p),
                    hourly * p.hoursPerMonth());
            int gb = db.path("allocated_storage").asInt();
            String storageType = db.path("storage_type").asText("gp2");
            double perGb = p.lookup("rdsStorageGbMonth", storageType, "RDS storage type") * (multiAz ? p.number("rdsMultiAzStorageFactor") : 1);
            add(Component.RDS_STORAGE, address, p, gb + " GB " + storageType + (multiAz ? " Multi-AZ" : "") + " × " + rate(perGb) + "/GB",
                    gb * perGb);
        });
    }

    private void redshift() {
        each("aws_redshift_cluster", (address, cluster, p) -> {
            String nodeType = cluster.path("node_type").asText();
            int nodes = cluster.path("number_of_nodes").asInt(1);
            double hourly = p.lookup("redshiftNodeHourly", nodeType, "Redshift node type");
            add(Component.REDSHIFT, address, p, nodes + " × " + nodeType + " " + rate(hourly) + "/h × " + hours(p), nodes * hourly * p.hoursPerMonth());
        });
    }

    private void logs() {
        Set<String> flowLogGroups = new LinkedHashSet<>();
        document.path("resource").path("aws_flow_log").forEach(flow -> reference(flow.path("log_destination").asText("")).ifPresent(flowLogGroups::add));
        each("aws_cloudwatch_log_group", (address, group, p) -> {
            double ingest = flowLogGroups.contains(address) ? usage.flowLogIngestGbPerMonth() : usage.logIngestGbPerGroupPerMonth();
            int retention = group.path("retention_in_days").asInt(0);
            double months = retention == 0 ? usage.logStorageMonthsWhenNeverExpiring() : retention / 30.0;
            double stored = ingest * months;
            add(Component.LOGS, address, p, number(ingest) + " GB/month ingested × " + rate(p.number("cloudwatchLogsIngestGb"))
                            + "/GB + " + number(stored) + " GB kept (" + (retention == 0 ? "never expires" : retention + " days") + ") × "
                            + rate(p.number("cloudwatchLogsStorageGbMonth")) + "/GB",
                    ingest * p.number("cloudwatchLogsIngestGb") + stored * p.number("cloudwatchLogsStorageGbMonth"));
        });
    }

    private void ecr() {
        Map<String, Integer> kept = new LinkedHashMap<>();
        document.path("resource").path("aws_ecr_lifecycle_policy").forEach(policy ->
                reference(policy.path("repository").asText("")).ifPresent(repo -> kept.put(repo, imagesKept(policy.path("policy").asText("")))));
        each("aws_ecr_repository", (address, repo, p) -> {
            Integer images = kept.get(address);
            int count = images == null ? usage.ecrImagesPerRepositoryWithoutLifecycle() : images;
            double gb = count * usage.ecrImageGb();
            double perGb = p.number("ecrStorageGbMonth");
            add(Component.ECR, address, p, count + " images" + (images == null ? " (no lifecycle limit; assumed)" : " (lifecycle limit)")
                    + " × " + number(usage.ecrImageGb()) + " GB × " + rate(perGb) + "/GB", gb * perGb);
        });
    }

    /** The "keep the last N images" count of an ECR lifecycle policy; the assumption when it has none. */
    private int imagesKept(String policy) {
        try {
            for (JsonNode rule : MAPPER.readTree(policy).path("rules")) {
                JsonNode selection = rule.path("selection");
                if ("imageCountMoreThan".equals(selection.path("countType").asText())) {
                    return selection.path("countNumber").asInt();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return usage.ecrImagesPerRepositoryWithoutLifecycle();
    }

    private void secrets() {
        each("aws_secretsmanager_secret", (address, secret, p) -> add(Component.SECRETS, address, p, "1 secret", p.number("secretsManagerSecretMonth")));
        // RDS and Redshift keep a managed master password in a Secrets Manager secret, billed like any other.
        each("aws_db_instance", (address, db, p) -> {
            if (db.path("manage_master_user_password").asBoolean(false)) {
                add(Component.SECRETS, address + " (managed master password)", p, "1 secret", p.number("secretsManagerSecretMonth"));
            }
        });
        each("aws_redshift_cluster", (address, cluster, p) -> {
            if (cluster.path("manage_master_password").asBoolean(false)) {
                add(Component.SECRETS, address + " (managed master password)", p, "1 secret", p.number("secretsManagerSecretMonth"));
            }
        });
    }

    private void fargate() {
        each("aws_ecs_service", (address, service, p) -> {
            int desired = service.path("desired_count").asInt(0);
            JsonNode task = reference(service.path("task_definition").asText("")).map(this::resource).orElse(MAPPER.createObjectNode());
            double vcpu = task.path("cpu").asDouble(0) / 1024;
            double memoryGb = task.path("memory").asDouble(0) / 1024;
            double hourly = vcpu * p.number("fargateVcpuHourly") + memoryGb * p.number("fargateGbHourly");
            add(Component.FARGATE, address, p, desired + " task(s) × (" + number(vcpu) + " vCPU + " + number(memoryGb) + " GB) "
                    + rate(hourly) + "/h × " + hours(p) + " (on-demand price; Spot is cheaper)", desired * hourly * p.hoursPerMonth());
        });
    }

    /** One hour of every Glue job at its configured worker count. */
    private double glueDpuHour() {
        double[] sum = {0};
        each("aws_glue_job", (address, job, p) -> {
            String workerType = job.path("worker_type").asText("G.1X");
            Double dpu = DPU_PER_WORKER.get(workerType);
            if (dpu == null) {
                throw new CostException(address + " has worker type '" + workerType + "'; priced: " + DPU_PER_WORKER.keySet());
            }
            sum[0] += job.path("number_of_workers").asInt(job.path("max_capacity").asInt(10)) * dpu * p.number("glueDpuHourly");
        });
        return sum[0];
    }

    private JsonNode resource(String address) {
        int dot = address.indexOf('.');
        return document.path("resource").path(address.substring(0, dot)).path(address.substring(dot + 1));
    }

    private static Optional<String> reference(String text) {
        Matcher m = REFERENCE.matcher(text);
        return m.find() ? Optional.of(m.group(1) + "." + m.group(2)) : Optional.empty();
    }

    private static JsonNode block(JsonNode node) {
        return node.isArray() ? node.path(0) : node;
    }

    private static String hours(PriceTable p) {
        return number(p.hoursPerMonth()) + " h";
    }

    private static String rate(double usd) {
        return "$" + number(usd);
    }

    private static String number(double value) {
        // Prices keep their significant digits ($0.0104/h); quantities above 1 are shown to the cent or hundredth GB.
        BigDecimal decimal = new BigDecimal(value, new MathContext(6));
        if (value >= 1) {
            decimal = decimal.setScale(2, java.math.RoundingMode.HALF_UP);
        }
        return decimal.stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}
