package io.glueplatform.adoption;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pairs the legacy state's resources with the synthesized stack's by identity, never by address.
 *
 * <p>Identities of the stack side are planned values: literals of the synthesized JSON (bucket names, CIDRs,
 * role names) or references ({@code ${aws_vpc.vpc_this.id}}), which resolve to the attribute of the legacy
 * resource the referenced stack resource was matched with. Matching therefore runs in dependency order
 * without knowing it: a pass matches whatever it can resolve (the VPC by CIDR and Name tag), the next pass
 * what that unlocks (subnets by VPC and CIDR), until nothing changes. Only then do keys whose references
 * stay unmatched give way to the type's fallback keys.
 */
public final class Matcher {

    /** A pair; {@code identity} is the key with the values that matched. */
    public record Match(String legacyAddress, String stackAddress, String type, String identity, String importId) {
    }

    /** A stack resource whose identity fits several legacy resources: refused, the team picks by hand. */
    public record Ambiguity(String stackAddress, String identity, List<String> candidates) {
    }

    public record Result(List<Match> matched, List<LegacyResource> legacyOnly, List<StackResource> stackOnly,
                         List<Ambiguity> ambiguous) {
    }

    static final String ABSENT = "∅";
    private static final Pattern REFERENCE = Pattern.compile("^\\$\\{([a-z0-9_]+)\\.([A-Za-z0-9_-]+)\\.([a-z0-9_]+)}$");

    private enum Status { RESOLVED, PENDING, UNRESOLVABLE }

    private record Value(Status status, String text) {
        static final Value PENDING = new Value(Status.PENDING, null);
        static final Value UNRESOLVABLE = new Value(Status.UNRESOLVABLE, null);
    }

    private final IdentityCatalogue catalogue;
    private final String environment;
    private final List<LegacyResource> legacy;
    private final Map<String, StackResource> stack = new LinkedHashMap<>();
    private final Map<String, LegacyResource> matched = new LinkedHashMap<>();
    private final Map<String, String> matchedIdentity = new LinkedHashMap<>();
    private final Map<LegacyResource, String> claimed = new java.util.IdentityHashMap<>();
    private final Map<String, Ambiguity> ambiguities = new LinkedHashMap<>();

    private Matcher(IdentityCatalogue catalogue, String environment, List<LegacyResource> legacy, List<StackResource> stack) {
        this.catalogue = catalogue;
        this.environment = environment;
        this.legacy = legacy;
        stack.forEach(resource -> this.stack.put(resource.address(), resource));
    }

    /**
     * @param pinned stack address → legacy address pairs decided by hand (kept from an earlier migration file)
     * @throws AdoptionException when the legacy state holds one identity twice
     */
    public static Result match(IdentityCatalogue catalogue, String environment, List<LegacyResource> legacy,
                               List<StackResource> stack, Map<String, String> pinned) {
        Matcher matcher = new Matcher(catalogue, environment, legacy, stack);
        matcher.refuseDuplicateIdentities();
        matcher.pin(pinned);
        matcher.run();
        return matcher.result();
    }

    /**
     * Refuses a legacy state that holds one AWS object twice (the first identity key of a declared type has the
     * same value on two resources); runs before anything is synthesized.
     *
     * @throws AdoptionException naming the identity and both addresses
     */
    public static void refuseDuplicates(IdentityCatalogue catalogue, String environment, List<LegacyResource> legacy) {
        new Matcher(catalogue, environment, legacy, List.of()).refuseDuplicateIdentities();
    }

    private void refuseDuplicateIdentities() {
        Map<String, LegacyResource> seen = new LinkedHashMap<>();
        for (LegacyResource resource : legacy) {
            if (!catalogue.declaredTypes().contains(resource.type())) {
                continue;
            }
            IdentityKey first = catalogue.identity(resource.type()).keys().get(0);
            String value = legacyValue(resource, first);
            if (value == null) {
                continue;
            }
            LegacyResource earlier = seen.putIfAbsent(resource.type() + " " + value, resource);
            if (earlier != null) {
                throw new AdoptionException("environment '" + environment + "': the legacy state holds the " + resource.type() + " with "
                        + describe(first, value) + " twice (" + earlier.address() + " and " + resource.address()
                        + "); allowed: each AWS object once — remove the duplicate from the legacy state (terraform state rm) first");
            }
        }
    }

    private void pin(Map<String, String> pinned) {
        pinned.forEach((stackAddress, legacyAddress) -> {
            StackResource resource = stack.get(stackAddress);
            LegacyResource counterpart = legacy.stream().filter(l -> l.address().equals(legacyAddress)).findFirst().orElse(null);
            if (resource == null || counterpart == null || claimed.containsKey(counterpart)
                    || !resource.type().equals(counterpart.type())) {
                throw new AdoptionException("environment '" + environment + "': the migration file pins " + legacyAddress + " → " + stackAddress
                        + ", but " + (resource == null ? stackAddress + " is not a resource of the stack"
                        : counterpart == null ? legacyAddress + " is not in the legacy state"
                        : !resource.type().equals(counterpart.type()) ? "their types differ" : legacyAddress + " is pinned twice")
                        + "; allowed: pins between existing resources of the same type, each once");
            }
            record(resource, counterpart, "pinned by hand");
        });
    }

    private void run() {
        boolean finalPass = false;
        while (true) {
            boolean progress = pass(finalPass);
            if (progress) {
                finalPass = false;
            } else if (!finalPass) {
                finalPass = true;
            } else {
                return;
            }
        }
    }

    /** One pass over the unmatched stack resources; in the final pass, references still unmatched count as unknown. */
    private boolean pass(boolean finalPass) {
        Map<LegacyResource, List<StackResource>> proposals = new java.util.IdentityHashMap<>();
        Map<StackResource, String> proposalIdentity = new java.util.HashMap<>();
        for (StackResource resource : stack.values()) {
            if (matched.containsKey(resource.address())) {
                continue;
            }
            for (IdentityKey key : catalogue.identity(resource.type()).keys()) {
                Value value = stackValue(resource, key, finalPass);
                if (value.status() == Status.PENDING) {
                    break;
                }
                if (value.status() == Status.UNRESOLVABLE) {
                    continue;
                }
                List<LegacyResource> candidates = legacy.stream()
                        .filter(l -> l.type().equals(resource.type()) && !claimed.containsKey(l))
                        .filter(l -> value.text().equals(legacyValue(l, key)))
                        .toList();
                if (candidates.size() == 1) {
                    proposals.computeIfAbsent(candidates.get(0), c -> new ArrayList<>()).add(resource);
                    proposalIdentity.put(resource, describe(key, value.text()));
                    ambiguities.remove(resource.address());
                    break;
                }
                if (candidates.size() > 1) {
                    ambiguities.putIfAbsent(resource.address(), new Ambiguity(resource.address(), describe(key, value.text()),
                            candidates.stream().map(LegacyResource::address).toList()));
                }
            }
        }
        boolean progress = false;
        for (Map.Entry<LegacyResource, List<StackResource>> proposal : proposals.entrySet()) {
            List<StackResource> claimants = proposal.getValue();
            if (claimants.size() == 1) {
                record(claimants.get(0), proposal.getKey(), proposalIdentity.get(claimants.get(0)));
                progress = true;
            } else {
                for (StackResource claimant : claimants) {
                    ambiguities.put(claimant.address(), new Ambiguity(claimant.address(), proposalIdentity.get(claimant),
                            List.of(proposal.getKey().address())));
                }
            }
        }
        return progress;
    }

    private void record(StackResource resource, LegacyResource counterpart, String identity) {
        matched.put(resource.address(), counterpart);
        matchedIdentity.put(resource.address(), identity);
        claimed.put(counterpart, resource.address());
        ambiguities.remove(resource.address());
    }

    private Result result() {
        List<Match> matches = new ArrayList<>();
        matched.forEach((stackAddress, counterpart) -> matches.add(new Match(counterpart.address(), stackAddress,
                counterpart.type(), matchedIdentity.get(stackAddress), importId(counterpart))));
        List<LegacyResource> legacyOnly = legacy.stream().filter(l -> !claimed.containsKey(l)).toList();
        List<StackResource> stackOnly = stack.values().stream().filter(s -> !matched.containsKey(s.address())).toList();
        List<Ambiguity> ambiguous = ambiguities.values().stream().filter(a -> !matched.containsKey(a.stackAddress())).toList();
        return new Result(List.copyOf(matches), legacyOnly, stackOnly, List.copyOf(ambiguous));
    }

    private String importId(LegacyResource resource) {
        TypeIdentity identity = catalogue.identity(resource.type());
        return identity.importId().stream().map(attribute -> resource.attributes().path(attribute).asText(""))
                .collect(Collectors.joining(identity.importSeparator()));
    }

    // ---- values -------------------------------------------------------------------------------------

    /** The key's value of a legacy resource, or null when none of its parts has a value. */
    private String legacyValue(LegacyResource resource, IdentityKey key) {
        List<String> values = new ArrayList<>();
        for (IdentityKey.Part part : key.parts()) {
            if (part instanceof IdentityKey.Attribute attribute) {
                values.add(canonical(walk(resource.attributes(), attribute.path()), node -> node.isNull() ? ABSENT : node.asText()));
            } else if (part instanceof IdentityKey.Inbound inbound) {
                List<String> collected = new ArrayList<>();
                for (LegacyResource other : legacy) {
                    if (other.type().equals(inbound.type()) && pointsAt(other.attributes().path(inbound.via()).asText(null), resource)) {
                        collected.add(other.attributes().path(inbound.collect()).asText(ABSENT));
                    }
                }
                values.add(collected.isEmpty() ? ABSENT : sorted(collected));
            }
        }
        return values.stream().allMatch(ABSENT::equals) ? null : String.join(" | ", values);
    }

    private static boolean pointsAt(String pointer, LegacyResource target) {
        if (pointer == null || pointer.isEmpty()) {
            return false;
        }
        JsonNode attributes = target.attributes();
        return pointer.equals(attributes.path("id").asText(null)) || pointer.equals(attributes.path("arn").asText(null))
                || pointer.equals(attributes.path("key_id").asText(null)) || pointer.equals(attributes.path("name").asText(null));
    }

    /** The key's planned value of a stack resource. */
    private Value stackValue(StackResource resource, IdentityKey key, boolean finalPass) {
        List<String> values = new ArrayList<>();
        for (IdentityKey.Part part : key.parts()) {
            Value value;
            if (part instanceof IdentityKey.Attribute attribute) {
                value = resolveNode(walk(resource.config(), attribute.path()), finalPass);
            } else {
                value = inbound(resource, (IdentityKey.Inbound) part, finalPass);
            }
            if (value.status() != Status.RESOLVED) {
                return value;
            }
            boolean optional = part instanceof IdentityKey.Attribute attribute && attribute.optional();
            if (ABSENT.equals(value.text()) && !optional) {
                return Value.UNRESOLVABLE;
            }
            values.add(value.text());
        }
        return new Value(Status.RESOLVED, String.join(" | ", values));
    }

    private Value inbound(StackResource resource, IdentityKey.Inbound inbound, boolean finalPass) {
        List<String> collected = new ArrayList<>();
        for (StackResource other : stack.values()) {
            if (!other.type().equals(inbound.type())) {
                continue;
            }
            java.util.regex.Matcher reference = REFERENCE.matcher(other.config().path(inbound.via()).asText(""));
            if (reference.matches() && resource.type().equals(reference.group(1)) && resource.name().equals(reference.group(2))) {
                Value value = resolveNode(other.config().path(inbound.collect()), finalPass);
                if (value.status() != Status.RESOLVED) {
                    return value;
                }
                collected.add(value.text());
            }
        }
        return new Value(Status.RESOLVED, collected.isEmpty() ? ABSENT : sorted(collected));
    }

    private Value resolveNode(JsonNode node, boolean finalPass) {
        if (node.isMissingNode() || node.isNull()) {
            return new Value(Status.RESOLVED, ABSENT);
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : node) {
                Value value = resolveScalar(item, finalPass);
                if (value.status() != Status.RESOLVED) {
                    return value;
                }
                items.add(value.text());
            }
            return new Value(Status.RESOLVED, sorted(items));
        }
        return resolveScalar(node, finalPass);
    }

    /**
     * A literal, or a string whose every {@code ${...}} is a reference to a stack resource's attribute
     * ({@code /aws-glue/jobs-${aws_iam_role.iam_glue_job.name}-...}); anything else (functions, data sources)
     * cannot be planned here.
     */
    private Value resolveScalar(JsonNode node, boolean finalPass) {
        if (!node.isValueNode()) {
            return Value.UNRESOLVABLE;
        }
        String text = node.asText();
        StringBuilder resolved = new StringBuilder();
        int position = 0;
        while (true) {
            int start = text.indexOf("${", position);
            if (start < 0) {
                resolved.append(text.substring(position));
                return new Value(Status.RESOLVED, resolved.toString());
            }
            int end = text.indexOf('}', start);
            if (end < 0) {
                return Value.UNRESOLVABLE;
            }
            resolved.append(text, position, start);
            java.util.regex.Matcher reference = REFERENCE.matcher(text.substring(start, end + 1));
            if (!reference.matches()) {
                return Value.UNRESOLVABLE;
            }
            String target = reference.group(1) + "." + reference.group(2);
            if (!stack.containsKey(target)) {
                return Value.UNRESOLVABLE;
            }
            LegacyResource counterpart = matched.get(target);
            if (counterpart == null) {
                return finalPass ? Value.UNRESOLVABLE : Value.PENDING;
            }
            JsonNode attribute = counterpart.attributes().path(reference.group(3));
            if (attribute.isMissingNode() || attribute.isNull() || attribute.isContainerNode()) {
                return Value.UNRESOLVABLE;
            }
            resolved.append(attribute.asText());
            position = end + 1;
        }
    }

    /** Walks a dotted path; a single nested block (a one-element list in state) is stepped into. */
    static JsonNode walk(JsonNode node, String path) {
        JsonNode current = node;
        for (String segment : path.split("\\.")) {
            if (current.isArray() && current.size() == 1 && current.get(0).isObject()) {
                current = current.get(0);
            }
            current = current.path(segment);
        }
        return current;
    }

    private static String canonical(JsonNode node, java.util.function.Function<JsonNode, String> scalar) {
        if (node.isMissingNode() || node.isNull()) {
            return ABSENT;
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(scalar.apply(item)));
            return sorted(items);
        }
        return scalar.apply(node);
    }

    private static String sorted(Collection<String> values) {
        return new TreeSet<>(values).stream().collect(Collectors.joining(", ", "[", "]"));
    }

    static String describe(IdentityKey key, String value) {
        String[] values = value.split(" \\| ", -1);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < key.parts().size(); i++) {
            parts.add(key.parts().get(i).describe() + "=" + (i < values.length ? values[i] : "?"));
        }
        return String.join(", ", parts);
    }
}
