package io.glueplatform.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The safety gate at the end of {@code make adopt}: reads the adoption plan ({@code terraform show -json}:
 * {@code resource_changes[].change.actions}) and refuses it when it would destroy or replace anything, or
 * create a resource whose counterpart exists in the legacy state. In-place updates are listed with the
 * attribute, the deployed and the configured value and the reason.
 *
 * <p>Usage: {@code PlanCheck <plan.json> <migration file> <report.json>}; exit 0 safe, 5 offenders, 2 bad input.
 */
public final class PlanCheck {

    public static final int UNSAFE = 5;

    /** An in-place change of one attribute: what is deployed, what the stack configures, why it differs. */
    public record AttributeChange(String attribute, String deployed, String configured, String reason) {
    }

    public record Update(String address, String previousAddress, List<AttributeChange> changes) {
    }

    public record Report(int moved, int imported, int forgotten, int created, int unchanged, List<Update> updated,
                         List<String> offenders) {
        public boolean safe() {
            return offenders.isEmpty();
        }
    }

    /** Attributes whose difference has a known, harmless reason (docs/migration.md, "In-place updates"). */
    static final Map<String, String> KNOWN_REASONS = Map.of(
            "aws_s3_object.source", "the local path of the upload differs (legacy root vs synthesized asset folder); "
                    + "the content hash source_hash is unchanged, the apply re-uploads the same bytes once",
            "tags", "the Name or other resource tags differ from the platform's naming (<env>-<module>-<role>)",
            "tags_all", "the provider default_tags and resource tags differ from the legacy deployment's");

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private PlanCheck() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 3) {
            err.println("adopt: usage: PlanCheck <plan.json> <migration file> <report.json>");
            return 2;
        }
        JsonNode plan;
        MigrationFile file;
        try {
            plan = MAPPER.readTree(Path.of(args[0]).toFile());
            file = MAPPER.readValue(Path.of(args[1]).toFile(), MigrationFile.class);
        } catch (IOException e) {
            err.println("adopt: cannot read the plan or the migration file: " + e.getMessage().split("\n")[0]);
            return 2;
        }
        Report report = check(plan, file);
        try {
            MAPPER.writeValue(Path.of(args[2]).toFile(), report);
        } catch (IOException e) {
            err.println("adopt: cannot write " + args[2] + ": " + e.getMessage());
            return 2;
        }
        print(report, out);
        if (!report.safe()) {
            err.println("adopt: the adoption plan is NOT safe (" + report.offenders().size() + "):");
            report.offenders().forEach(offender -> err.println("  - " + offender));
            return UNSAFE;
        }
        return 0;
    }

    public static Report check(JsonNode plan, MigrationFile file) {
        Map<String, String> counterparts = new TreeMap<>();
        file.matched().forEach(m -> counterparts.put(m.to(), m.from()));
        List<String> offenders = new ArrayList<>();
        List<Update> updates = new ArrayList<>();
        int moved = 0;
        int imported = 0;
        int forgotten = 0;
        int created = 0;
        int unchanged = 0;
        for (JsonNode change : plan.path("resource_changes")) {
            if ("data".equals(change.path("mode").asText())) {
                continue;
            }
            String address = change.path("address").asText();
            Set<String> actions = new java.util.LinkedHashSet<>();
            change.path("change").path("actions").forEach(action -> actions.add(action.asText()));
            if (change.hasNonNull("previous_address")) {
                moved++;
            }
            if (change.path("change").has("importing")) {
                imported++;
            }
            if (actions.contains("delete") && actions.contains("create")) {
                offenders.add(address + ": would be replaced (" + String.join(", ", replacePaths(change)) + " forces a new resource)");
            } else if (actions.contains("delete")) {
                offenders.add(address + ": would be destroyed" + (counterparts.containsValue(address) ? "" : " (a legacy resource without a decision)"));
            } else if (actions.contains("create")) {
                created++;
                if (counterparts.containsKey(address)) {
                    offenders.add(address + ": would be created although its counterpart " + counterparts.get(address) + " exists in the legacy state");
                }
            } else if (actions.contains("forget")) {
                forgotten++;
            } else if (actions.contains("update")) {
                updates.add(new Update(address, change.path("previous_address").asText(null), attributeChanges(change)));
            } else {
                unchanged++;
            }
        }
        return new Report(moved, imported, forgotten, created, unchanged, updates, offenders);
    }

    private static List<String> replacePaths(JsonNode change) {
        List<String> paths = new ArrayList<>();
        change.path("change").path("replace_paths").forEach(path -> {
            List<String> segments = new ArrayList<>();
            path.forEach(segment -> segments.add(segment.asText()));
            paths.add(String.join(".", segments));
        });
        return paths.isEmpty() ? List.of("a changed argument") : paths;
    }

    static List<AttributeChange> attributeChanges(JsonNode change) {
        JsonNode before = change.path("change").path("before");
        JsonNode after = change.path("change").path("after");
        JsonNode unknown = change.path("change").path("after_unknown");
        String type = change.path("type").asText();
        boolean importing = change.path("change").has("importing");
        List<AttributeChange> changes = new ArrayList<>();
        Set<String> names = new java.util.TreeSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode was = before.path(name);
            JsonNode will = after.path(name);
            boolean known = !unknown.path(name).asBoolean(false) && !unknown.path(name).isContainerNode();
            if (known && was.equals(will)) {
                continue;
            }
            if (!known && unknown.path(name).isContainerNode() && was.equals(will)) {
                continue;
            }
            String reason = KNOWN_REASONS.getOrDefault(type + "." + name, KNOWN_REASONS.get(name));
            if (reason == null && importing && was.isNull()) {
                reason = "a Terraform-only argument the provider cannot read on import; the apply records the configured value in state, AWS is not changed";
            }
            if (reason == null) {
                reason = known ? "the stack configures a different value than the deployment has" : "recomputed by the provider on apply (known after apply)";
            }
            changes.add(new AttributeChange(name, brief(was), known ? brief(will) : "(known after apply)", reason));
        }
        return changes;
    }

    private static String brief(JsonNode node) {
        String text = node.isMissingNode() ? "(unset)" : node.isValueNode() ? node.asText() : node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }

    static void print(Report report, PrintStream out) {
        out.printf("adopt: plan: %d moved, %d imported, %d forgotten (removed, kept in AWS), %d created, %d updated in place, %d unchanged%n",
                report.moved(), report.imported(), report.forgotten(), report.created(), report.updated().size(), report.unchanged());
        for (Update update : report.updated()) {
            out.println("  ~ " + update.address() + (update.previousAddress() == null ? "" : " (from " + update.previousAddress() + ")"));
            for (AttributeChange change : update.changes()) {
                out.println("      " + change.attribute() + ": " + change.deployed() + " → " + change.configured() + "  — " + change.reason());
            }
        }
    }
}
