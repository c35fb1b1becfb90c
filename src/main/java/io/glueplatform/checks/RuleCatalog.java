package io.glueplatform.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.rules.ec2.Ec2Rules;
import io.glueplatform.checks.rules.ecr.EcrRules;
import io.glueplatform.checks.rules.ecs.EcsRules;
import io.glueplatform.checks.rules.glue.GlueRules;
import io.glueplatform.checks.rules.iam.IamRules;
import io.glueplatform.checks.rules.kms.KmsRules;
import io.glueplatform.checks.rules.logs.LogsRules;
import io.glueplatform.checks.rules.network.NetworkRules;
import io.glueplatform.checks.rules.rds.RdsRules;
import io.glueplatform.checks.rules.redshift.RedshiftRules;
import io.glueplatform.checks.rules.s3.S3Rules;
import io.glueplatform.checks.rules.secrets.SecretsRules;
import io.glueplatform.checks.rules.sg.SecurityGroupRules;
import io.glueplatform.checks.rules.vpc.VpcRules;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every rule: for each area class of {@link #AREAS}, the metadata entries of its {@code <AreaClass>.json} (a resource
 * next to the class) paired with its {@link RuleId} methods. The pairing is checked when the catalog loads: every entry
 * has exactly one predicate and every predicate one entry, ids are well formed and unique; a broken catalog fails with
 * one sentence ({@link InvalidRuleCatalogException}) naming the file or method and what is allowed. Only these classes
 * are read, so a test class or a stale class on the classpath never becomes a rule.
 */
public final class RuleCatalog {

    /** The rule areas, one class of predicates each. A new area is a class here and its metadata file. */
    public static final List<Class<?>> AREAS = List.of(Ec2Rules.class, EcrRules.class, EcsRules.class, GlueRules.class,
            IamRules.class, KmsRules.class, LogsRules.class, NetworkRules.class, RdsRules.class, RedshiftRules.class,
            S3Rules.class, SecretsRules.class, SecurityGroupRules.class, VpcRules.class);

    private static final Pattern ID = Pattern.compile("GLUE-[A-Z0-9]+-\\d{3}");
    private static final Set<String> REQUIRED = Set.of("id", "title", "severity", "resourceTypes", "rationale", "doc", "fix");
    private static final List<String> FIELDS = List.of("id", "title", "severity", "resourceTypes", "rationale", "doc", "fix",
            "checkov", "trivy", "cdkNag");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static volatile List<Rule> rules;

    private RuleCatalog() {
    }

    /** All rules, by id. */
    public static List<Rule> all() {
        List<Rule> result = rules;
        if (result == null) {
            synchronized (RuleCatalog.class) {
                if (rules == null) {
                    rules = load(AREAS);
                }
                result = rules;
            }
        }
        return result;
    }

    public static List<String> ids() {
        return all().stream().map(r -> r.info().id()).toList();
    }

    public static Optional<Rule> byId(String id) {
        return all().stream().filter(r -> r.info().id().equals(id)).findFirst();
    }

    /** The rules of {@code areas}, by id. */
    static List<Rule> load(List<Class<?>> areas) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        Map<String, Class<?>> declaredBy = new LinkedHashMap<>();
        for (Class<?> area : areas) {
            for (Rule rule : area(area)) {
                Class<?> earlier = declaredBy.putIfAbsent(rule.info().id(), area);
                if (earlier != null) {
                    throw new InvalidRuleCatalogException("rule catalog: rule id " + rule.info().id() + " is declared by both "
                            + metadataFile(earlier) + " and " + metadataFile(area) + "; allowed: each id once in the whole catalog");
                }
                byId.put(rule.info().id(), rule);
            }
        }
        if (byId.isEmpty()) {
            throw new InvalidRuleCatalogException("rule catalog: no rules in " + areas + "; allowed: areas whose metadata lists at least one rule");
        }
        List<Rule> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing(r -> r.info().id()));
        return List.copyOf(sorted);
    }

    private static String metadataFile(Class<?> area) {
        return area.getName().replace('.', '/') + ".json";
    }

    private static List<Rule> area(Class<?> area) {
        String file = metadataFile(area);
        Map<String, RuleInfo> metadata = new LinkedHashMap<>();
        for (RuleInfo info : metadata(area, file)) {
            if (metadata.put(info.id(), info) != null) {
                throw new InvalidRuleCatalogException("rule catalog: " + file + " declares " + info.id() + " twice; allowed: each id once");
            }
        }
        Map<String, Method> predicates = new LinkedHashMap<>();
        Method[] methods = area.getDeclaredMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method method : methods) {
            RuleId id = method.getAnnotation(RuleId.class);
            if (id == null) {
                continue;
            }
            String where = area.getName() + "." + method.getName();
            if (!Modifier.isStatic(method.getModifiers()) || method.getReturnType() != Verdict.class
                    || !Arrays.equals(method.getParameterTypes(), new Class<?>[]{Resource.class, StackModel.class})) {
                throw new InvalidRuleCatalogException("rule catalog: " + where + " is bound to " + id.value()
                        + " but is not a predicate; allowed: static Verdict " + method.getName() + "(Resource resource, StackModel model)");
            }
            if (!metadata.containsKey(id.value())) {
                throw new InvalidRuleCatalogException("rule catalog: " + where + " is bound to " + id.value() + ", which " + file
                        + " does not declare; allowed: one of " + metadata.keySet());
            }
            Method clash = predicates.put(id.value(), method);
            if (clash != null) {
                throw new InvalidRuleCatalogException("rule catalog: " + id.value() + " is bound to two predicates, " + area.getName()
                        + "." + clash.getName() + " and " + method.getName() + "; allowed: exactly one predicate per rule");
            }
        }
        List<Rule> result = new ArrayList<>();
        for (RuleInfo info : metadata.values()) {
            Method method = predicates.get(info.id());
            if (method == null) {
                throw new InvalidRuleCatalogException("rule catalog: " + info.id() + " of " + file + " has no predicate; allowed: a method"
                        + " @RuleId(\"" + info.id() + "\") static Verdict name(Resource resource, StackModel model) in " + area.getName());
            }
            result.add(new Rule(info, Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1), predicate(method)));
        }
        return result;
    }

    private static Rule.Predicate predicate(Method method) {
        method.setAccessible(true);
        return (resource, model) -> {
            try {
                return (Verdict) method.invoke(null, resource, model);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static List<RuleInfo> metadata(Class<?> area, String file) {
        JsonNode entries;
        try (InputStream in = area.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new InvalidRuleCatalogException("rule catalog: " + file + " is missing; allowed: every area class of RuleCatalog.AREAS"
                        + " has its metadata next to it (src/main/resources)");
            }
            entries = MAPPER.readTree(in);
        } catch (IOException e) {
            throw new InvalidRuleCatalogException("rule catalog: " + file + " is not valid JSON (" + e.getMessage().lines().findFirst().orElse("")
                    + "); allowed: an array of rule objects");
        }
        if (entries == null || !entries.isArray()) {
            throw new InvalidRuleCatalogException("rule catalog: " + file + " is not a JSON array; allowed: an array of rule objects");
        }
        List<RuleInfo> result = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            result.add(info(entries.get(i), file + " entry " + (i + 1)));
        }
        return result;
    }

    private static RuleInfo info(JsonNode entry, String where) {
        if (!entry.isObject()) {
            throw new InvalidRuleCatalogException("rule catalog: " + where + " is not an object; allowed: {\"id\": …, " + fieldList() + "}");
        }
        for (String field : (Iterable<String>) entry::fieldNames) {
            if (!FIELDS.contains(field)) {
                throw new InvalidRuleCatalogException("rule catalog: " + where + " has an unknown field '" + field + "'; allowed: " + fieldList());
            }
        }
        for (String field : FIELDS) {
            JsonNode value = entry.path(field);
            boolean present = !value.isMissingNode();
            if (REQUIRED.contains(field) && !present) {
                throw new InvalidRuleCatalogException("rule catalog: " + where + " has no '" + field + "'; required: " + String.join(", ",
                        FIELDS.stream().filter(REQUIRED::contains).toList()));
            }
            boolean ok = !present || ("resourceTypes".equals(field)
                    ? value.isArray() && !value.isEmpty() && allTextual(value)
                    : value.isTextual() && (!REQUIRED.contains(field) || !value.asText().isBlank()));
            if (!ok) {
                throw new InvalidRuleCatalogException("rule catalog: " + where + " has an invalid '" + field + "'; allowed: "
                        + ("resourceTypes".equals(field) ? "a non-empty array of Terraform resource types" : "a non-blank string"));
            }
        }
        String id = entry.path("id").asText();
        if (!ID.matcher(id).matches()) {
            throw new InvalidRuleCatalogException("rule catalog: " + where + " has the id '" + id + "'; allowed: GLUE-<AREA>-<three digits>, e.g. GLUE-S3-001");
        }
        String severity = entry.path("severity").asText();
        if (!severity.equals("error") && !severity.equals("warning")) {
            throw new InvalidRuleCatalogException("rule catalog: " + where + " (" + id + ") has the severity '" + severity + "'; allowed: error, warning");
        }
        List<String> types = new ArrayList<>();
        entry.path("resourceTypes").forEach(t -> types.add(t.asText()));
        return new RuleInfo(id, entry.path("title").asText(), Severity.valueOf(severity.toUpperCase(Locale.ROOT)), types,
                entry.path("rationale").asText(), entry.path("doc").asText(), entry.path("fix").asText(),
                entry.path("checkov").asText(""), entry.path("trivy").asText(""), entry.path("cdkNag").asText(""));
    }

    private static boolean allTextual(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual() || item.asText().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String fieldList() {
        return String.join(", ", FIELDS) + " (checkov, trivy, cdkNag optional)";
    }
}
