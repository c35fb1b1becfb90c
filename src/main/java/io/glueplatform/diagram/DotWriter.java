package io.glueplatform.diagram;

import io.glueplatform.diagram.Graph.Cluster;
import io.glueplatform.diagram.Graph.Edge;
import io.glueplatform.diagram.Graph.Node;

import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Graph} as Graphviz DOT. Only this class knows Graphviz syntax and the visual vocabulary:
 * blue = a Glue job's path to a store (or S3), red = a path the preflight refuses (with the rule id), green dashed =
 * a security-group rule that admits traffic, grey = routes.
 */
public final class DotWriter {

    static final String PATH_BLUE = "#1f6feb";
    static final String BROKEN_RED = "#cf222e";
    static final String ADMIT_GREEN = "#1a7f37";
    static final String ROUTE_GREY = "#6e7781";

    private static final Map<String, String> CLUSTER_STYLES = Map.of(
            "vpc", "style=\"rounded,filled\" fillcolor=\"#f6f8fa\" color=\"#57606a\" penwidth=2 fontsize=14",
            "zone", "style=\"rounded,dashed\" color=\"#8c959f\" fontsize=12",
            "public", "style=\"rounded,filled\" fillcolor=\"#ddf4ff\" color=\"#54aeff\"",
            "private", "style=\"rounded,filled\" fillcolor=\"#dafbe1\" color=\"#4ac26b\"",
            "group", "style=\"rounded,filled\" fillcolor=\"#fff8c5\" color=\"#d4a72c\"",
            "plain", "style=\"rounded\" color=\"#8c959f\"");

    private static final Map<Graph.NodeKind, String> NODE_STYLES = Map.ofEntries(
            Map.entry(Graph.NodeKind.SUBNET_ROUTES, "shape=note fillcolor=\"#ffffff\" color=\"#8c959f\""),
            Map.entry(Graph.NodeKind.GATEWAY, "shape=box fillcolor=\"#fbefff\" color=\"#8250df\""),
            Map.entry(Graph.NodeKind.NAT, "shape=box fillcolor=\"#fbefff\" color=\"#8250df\""),
            Map.entry(Graph.NodeKind.ENDPOINT, "shape=box fillcolor=\"#fff1e5\" color=\"#bc4c00\""),
            Map.entry(Graph.NodeKind.CONNECTION, "shape=box fillcolor=\"#ffffff\" color=\"#1f6feb\" style=\"rounded,filled,dashed\""),
            Map.entry(Graph.NodeKind.ENI_CONNECTION, "shape=box fillcolor=\"#ddf4ff\" color=\"#1f6feb\" penwidth=2"),
            Map.entry(Graph.NodeKind.HOST, "shape=box fillcolor=\"#ffffff\" color=\"#24292f\""),
            Map.entry(Graph.NodeKind.SERVICE, "shape=box fillcolor=\"#ffffff\" color=\"#24292f\""),
            Map.entry(Graph.NodeKind.STORE, "shape=cylinder fillcolor=\"#fff8c5\" color=\"#9a6700\" penwidth=1.5"),
            Map.entry(Graph.NodeKind.SECURITY_GROUP, "shape=box fillcolor=\"#ffffff\" color=\"#1a7f37\" style=\"rounded,filled,dashed\""),
            Map.entry(Graph.NodeKind.JOB, "shape=box fillcolor=\"#ffffff\" color=\"#1f6feb\" penwidth=1.5"),
            Map.entry(Graph.NodeKind.EXTERNAL, "shape=ellipse fillcolor=\"#ffffff\" color=\"#57606a\""));

    private DotWriter() {
    }

    public static String write(Graph graph) {
        StringBuilder dot = new StringBuilder();
        dot.append("digraph ").append(quote(graph.title())).append(" {\n");
        dot.append("  graph [fontname=\"Helvetica\" fontsize=16 labelloc=t newrank=true compound=true rankdir=TB nodesep=0.35 ranksep=0.55"
                + " pad=0.3 ordering=out bgcolor=white label=").append(html(bold(escape(graph.title())))).append("];\n");
        dot.append("  node [fontname=\"Helvetica\" fontsize=10 style=\"rounded,filled\" margin=\"0.12,0.06\"];\n");
        dot.append("  edge [fontname=\"Helvetica\" fontsize=9 arrowsize=0.7];\n");
        writeContents(graph.root(), dot, "  ");
        for (List<String> row : graph.rows()) {
            dot.append("  { rank=same;");
            row.forEach(id -> dot.append(' ').append(quote(id)).append(';'));
            dot.append(" }\n");
            for (int i = 0; i + 1 < row.size(); i++) {
                dot.append("  ").append(quote(row.get(i))).append(" -> ").append(quote(row.get(i + 1))).append(" [style=invis];\n");
            }
        }
        for (Edge edge : graph.edges()) {
            dot.append("  ").append(quote(edge.from())).append(" -> ").append(quote(edge.to())).append(" [")
                    .append(edgeStyle(edge)).append("];\n");
        }
        dot.append("  ").append(quote(Ids.LEGEND)).append(" [shape=plain style=\"\" label=").append(legend(graph.legend())).append("];\n");
        dot.append("}\n");
        return dot.toString();
    }

    private static void writeContents(Cluster cluster, StringBuilder dot, String indent) {
        for (Node node : cluster.nodes()) {
            dot.append(indent).append(quote(node.id())).append(" [").append(NODE_STYLES.get(node.kind()))
                    .append(" label=").append(html(nodeLabel(node))).append("];\n");
        }
        for (Cluster child : cluster.clusters()) {
            if (child.isEmpty()) {
                continue;
            }
            dot.append(indent).append("subgraph ").append(quote("cluster_" + child.id())).append(" {\n");
            dot.append(indent).append("  graph [").append(CLUSTER_STYLES.get(child.style())).append(" fontname=\"Helvetica\" label=")
                    .append(html(escape(child.label()))).append("];\n");
            writeContents(child, dot, indent + "  ");
            dot.append(indent).append("}\n");
        }
    }

    private static String nodeLabel(Node node) {
        StringBuilder label = new StringBuilder(bold(escape(node.title())));
        for (String line : node.lines()) {
            label.append("<BR/>").append(line.startsWith("!") ? "<FONT COLOR=\"" + BROKEN_RED + "\">" + escape(line.substring(1)) + "</FONT>"
                    : "<FONT POINT-SIZE=\"9\">" + escape(line) + "</FONT>");
        }
        return label.toString();
    }

    private static String edgeStyle(Edge edge) {
        String label = edge.kind() == Graph.EdgeKind.SECURITY_GROUP && edge.labels().size() > 1
                && edge.labels().stream().allMatch(l -> l.startsWith("tcp "))
                ? "tcp " + String.join(", ", edge.labels().stream().map(l -> l.substring(4)).toList())
                : String.join("\n", edge.labels());
        String text = label.isEmpty() ? "" : " label=" + quote(label);
        return switch (edge.kind()) {
            case LAYOUT -> "style=invis weight=4";
            case ROUTE -> "color=\"" + ROUTE_GREY + "\" fontcolor=\"" + ROUTE_GREY + "\"" + text;
            case SECURITY_GROUP -> "color=\"" + ADMIT_GREEN + "\" fontcolor=\"" + ADMIT_GREEN + "\" style=dashed constraint=false" + text;
            case JOB -> "color=\"" + PATH_BLUE + "\" penwidth=1.2" + text;
            case PATH -> "color=\"" + PATH_BLUE + "\" fontcolor=\"" + PATH_BLUE + "\" penwidth=2.2" + text;
            case BROKEN -> "color=\"" + BROKEN_RED + "\" fontcolor=\"" + BROKEN_RED + "\" penwidth=3 style=bold" + text;
        };
    }

    private static String legend(List<String> rows) {
        StringBuilder table = new StringBuilder("<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\" COLOR=\"#8c959f\">");
        table.append(row("<B>Legend</B>"));
        table.append(row(colored(PATH_BLUE, "━━ Glue job → ENI connection → route → store (✓ admitting rule)")));
        table.append(row(colored(BROKEN_RED, "━━ path the preflight refuses (rule id)")));
        table.append(row(colored(ADMIT_GREEN, "╌╌ security-group rule: source may reach target on port")));
        table.append(row(colored(ROUTE_GREY, "── route (NAT, internet gateway, S3 endpoint, peering)")));
        table.append(row("★ = first connection of a job: every ENI of a run is placed in its subnet"));
        for (String row : rows) {
            table.append(row.startsWith("!") ? row(colored(BROKEN_RED, escape(row.substring(1))))
                    : row.startsWith("#") ? row("<B>" + escape(row.substring(1)) + "</B>") : row(escape(row)));
        }
        return html(table.append("</TABLE>").toString());
    }

    private static String row(String cell) {
        return "<TR><TD ALIGN=\"LEFT\">" + cell + "</TD></TR>";
    }

    private static String colored(String color, String text) {
        return "<FONT COLOR=\"" + color + "\">" + text + "</FONT>";
    }

    private static String bold(String text) {
        return "<B>" + text + "</B>";
    }

    private static String html(String text) {
        return "<" + text + ">";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
