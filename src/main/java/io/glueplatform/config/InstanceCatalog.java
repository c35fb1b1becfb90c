package io.glueplatform.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Instance families and sizes that exist (2025): EC2 types for the hosts, RDS classes for MySQL/PostgreSQL,
 * Redshift node types. Terraform accepts any string and AWS refuses an unknown one only at apply, after
 * everything before it in the graph was created. The tables hold the current general-purpose, compute- and
 * memory-optimised families; add a family here (with its sizes) when an environment needs one.
 */
public final class InstanceCatalog {

    private static final Pattern EC2_SHAPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9-]+");
    private static final Pattern RDS_SHAPE = Pattern.compile("db\\.[a-z][a-z0-9-]*\\.[a-z0-9]+");

    private static final List<String> BURSTABLE = List.of("nano", "micro", "small", "medium", "large", "xlarge", "2xlarge");
    private static final List<String> TO_24X = List.of("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "metal");
    private static final List<String> TO_32X = List.of("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "32xlarge", "metal");
    private static final List<String> TO_48X = List.of("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "48xlarge",
            "metal-24xl", "metal-48xl");
    private static final List<String> GRAVITON = List.of("medium", "large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "metal");
    private static final List<String> C5 = List.of("large", "xlarge", "2xlarge", "4xlarge", "9xlarge", "12xlarge", "18xlarge", "24xlarge", "metal");

    private static final Map<String, List<String>> EC2 = new LinkedHashMap<>();
    private static final Map<String, List<String>> RDS = new LinkedHashMap<>();
    private static final List<String> REDSHIFT = List.of("ra3.large", "ra3.xlplus", "ra3.4xlarge", "ra3.16xlarge", "dc2.large", "dc2.8xlarge");

    static {
        EC2.put("t2", BURSTABLE);
        EC2.put("t3", BURSTABLE);
        EC2.put("t3a", BURSTABLE);
        EC2.put("t4g", BURSTABLE);
        EC2.put("m5", TO_24X);
        EC2.put("m5a", TO_24X.subList(0, 8));
        EC2.put("m6i", TO_32X);
        EC2.put("m6a", List.of("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "32xlarge", "48xlarge", "metal"));
        EC2.put("m6g", GRAVITON);
        EC2.put("m7g", GRAVITON);
        EC2.put("m7i", TO_48X);
        EC2.put("m7i-flex", List.of("large", "xlarge", "2xlarge", "4xlarge", "8xlarge"));
        EC2.put("c5", C5);
        EC2.put("c6i", TO_32X);
        EC2.put("c6g", GRAVITON);
        EC2.put("c7g", GRAVITON);
        EC2.put("c7i", TO_48X);
        EC2.put("r5", TO_24X);
        EC2.put("r6i", TO_32X);
        EC2.put("r6g", GRAVITON);
        EC2.put("r7g", GRAVITON);
        EC2.put("r7i", TO_48X);

        List<String> dbBurstable = List.of("micro", "small", "medium", "large", "xlarge", "2xlarge");
        List<String> dbGraviton = List.of("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge");
        RDS.put("t3", dbBurstable);
        RDS.put("t4g", dbBurstable);
        RDS.put("m5", TO_24X.subList(0, 8));
        RDS.put("m6g", dbGraviton);
        RDS.put("m6i", TO_32X.subList(0, 9));
        RDS.put("m7g", dbGraviton);
        RDS.put("r5", TO_24X.subList(0, 8));
        RDS.put("r6g", dbGraviton);
        RDS.put("r6i", TO_32X.subList(0, 9));
        RDS.put("r7g", dbGraviton);
    }

    private InstanceCatalog() {
    }

    /** Null when {@code type} exists, else the problem text ({@code '<type>' is not an EC2 instance type; allowed: ...}). */
    public static String ec2Problem(String type, String example) {
        if (type == null || !EC2_SHAPE.matcher(type).matches()) {
            return Problems.show(type) + " is not an EC2 instance type; allowed: names like " + example;
        }
        return sizeProblem(type, type.substring(0, type.indexOf('.')), type.substring(type.indexOf('.') + 1), EC2, "", "EC2 instance type");
    }

    /** Null when {@code instanceClass} exists, else the problem text. */
    public static String rdsProblem(String instanceClass, String example) {
        if (instanceClass == null || !RDS_SHAPE.matcher(instanceClass).matches()) {
            return Problems.show(instanceClass) + " is not an RDS instance class; allowed: names like " + example;
        }
        String rest = instanceClass.substring("db.".length());
        return sizeProblem(instanceClass, rest.substring(0, rest.indexOf('.')), rest.substring(rest.indexOf('.') + 1), RDS, "db.", "RDS instance class");
    }

    public static String redshiftProblem(String nodeType) {
        return REDSHIFT.contains(nodeType) ? null
                : Problems.show(nodeType) + " is not a Redshift node type; allowed: " + String.join(", ", REDSHIFT);
    }

    /** Graviton (arm64) EC2 families: an x86_64 image does not boot on them. */
    public static boolean isArm64(String type) {
        return type != null && type.matches("[a-z]\\d+g[a-z]*\\..*");
    }

    private static String sizeProblem(String value, String family, String size, Map<String, List<String>> table, String prefix, String what) {
        List<String> sizes = table.get(family);
        if (sizes == null) {
            return Problems.show(value) + " is not an " + what + " (unknown family " + family + "); allowed: families "
                    + String.join(", ", table.keySet().stream().map(f -> prefix + f).toList());
        }
        if (!sizes.contains(size)) {
            return Problems.show(value) + " is not an " + what + " (family " + prefix + family + " has no size " + size + "); allowed: "
                    + String.join(", ", sizes.stream().map(s -> prefix + family + "." + s).toList());
        }
        return null;
    }
}
