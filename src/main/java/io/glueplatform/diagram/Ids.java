package io.glueplatform.diagram;

import java.util.ArrayList;
import java.util.List;

/** Node ids and short names shared by the builder and the path tracer. Terraform addresses are node ids as they are. */
final class Ids {

    static final String INTERNET = "internet";
    static final String LEGEND = "legend";

    private Ids() {
    }

    /** The routes node of a subnet (its route table as that subnet sees it). */
    static String routes(String subnet) {
        return "routes:" + subnet;
    }

    static String interfaceEndpoints(String subnet) {
        return "endpoints:" + subnet;
    }

    /** {@code aws_subnet.vpc_private_a} → {@code vpc_private_a}. */
    static String name(String address) {
        return address == null ? "?" : address.substring(address.indexOf('.') + 1);
    }

    /** A rule as SgRule prints it, {@code aws_..._rule.rds_sg_in_mysql_from_glue (tcp 3306 from …)} → its name. */
    static String shortRule(String rule) {
        if (rule == null) {
            return "";
        }
        String head = rule.contains(" (") ? rule.substring(0, rule.indexOf(" (")) : rule;
        return name(head);
    }

    /** Wraps text for an edge label (Graphviz does not wrap); long texts are cut after three lines. */
    static String wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.replace("aws_security_group.", "").replace("aws_subnet.", "").split(" ")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        if (lines.size() > 3) {
            return String.join("\n", lines.subList(0, 3)) + " …";
        }
        return String.join("\n", lines);
    }
}
