package io.glueplatform.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a picture holds, independent of Graphviz: nested clusters (VPC → zone → subnet), nodes with a title and
 * detail lines, and typed edges. Insertion order is kept everywhere, so the same stack always gives the same
 * DOT text — the basis of the staleness check.
 */
public final class Graph {

    /** Edge kinds, from least to most important: a more important kind between the same two nodes replaces a lesser one. */
    public enum EdgeKind { LAYOUT, ROUTE, SECURITY_GROUP, JOB, PATH, BROKEN }

    public enum NodeKind { SUBNET_ROUTES, GATEWAY, NAT, ENDPOINT, CONNECTION, ENI_CONNECTION, HOST, SERVICE, STORE, SECURITY_GROUP, JOB, EXTERNAL }

    public record Node(String id, NodeKind kind, String title, List<String> lines) {
    }

    public record Edge(String from, String to, EdgeKind kind, Set<String> labels) {
    }

    /** A box around nodes: a VPC, an availability zone, a subnet, or a group such as the Glue jobs. */
    public static final class Cluster {
        private final String id;
        private final String label;
        private final String style;
        private final List<Cluster> clusters = new ArrayList<>();
        private final List<Node> nodes = new ArrayList<>();

        public Cluster(String id, String label, String style) {
            this.id = id;
            this.label = label;
            this.style = style;
        }

        public Cluster cluster(String childId, String childLabel, String childStyle) {
            Cluster child = new Cluster(childId, childLabel, childStyle);
            clusters.add(child);
            return child;
        }

        public Node node(String nodeId, NodeKind kind, String title, List<String> lines) {
            Node node = new Node(nodeId, kind, title, List.copyOf(lines));
            nodes.add(node);
            return node;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        /** A key of {@link DotWriter}'s cluster styles. */
        public String style() {
            return style;
        }

        public List<Cluster> clusters() {
            return clusters;
        }

        public List<Node> nodes() {
            return nodes;
        }

        public boolean isEmpty() {
            return nodes.isEmpty() && clusters.stream().allMatch(Cluster::isEmpty);
        }
    }

    private final String title;
    private final Cluster root = new Cluster("root", "", "root");
    private final Map<String, Edge> edges = new LinkedHashMap<>();
    private final List<String> legend = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    public Graph(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public Cluster root() {
        return root;
    }

    /** Adds an edge, or merges its label into an existing one between the same nodes; the more important kind wins. */
    public void edge(String from, String to, EdgeKind kind, String label) {
        String key = from + "\u0000" + to;
        Edge existing = edges.get(key);
        Set<String> labels = new LinkedHashSet<>();
        if (existing != null) {
            if (existing.kind().compareTo(kind) > 0) {
                return;
            }
            if (existing.kind() == kind) {
                labels.addAll(existing.labels());
            }
            if (existing.kind() == kind && label != null && existing.labels().contains(label)) {
                return;
            }
        }
        if (label != null && !label.isBlank()) {
            labels.add(label);
        }
        edges.put(key, new Edge(from, to, kind, labels));
    }

    public List<Edge> edges() {
        return List.copyOf(edges.values());
    }

    /** Nodes drawn on one row, left to right in this order (the zones of a VPC). */
    public void row(List<String> nodeIds) {
        if (nodeIds.size() > 1) {
            rows.add(List.copyOf(nodeIds));
        }
    }

    public List<List<String>> rows() {
        return rows;
    }

    /** Legend rows: plain text; a row starting with "!" is drawn as a warning (red). */
    public List<String> legend() {
        return legend;
    }
}
