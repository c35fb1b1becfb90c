package io.glueplatform.adoption;

import java.util.List;

/**
 * One way to recognise an existing instance of a resource type: every part must have the same value in
 * the legacy state and in the synthesized stack. A part is an attribute path ({@code cidr_block},
 * {@code tags.Name}, {@code launch_template.id}) or an inbound relation ({@link Inbound}).
 */
public record IdentityKey(List<Part> parts) {

    public IdentityKey {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("an identity key needs at least one part");
        }
        parts = List.copyOf(parts);
    }

    /** A part of a key. */
    public sealed interface Part permits Attribute, Inbound {
        String describe();
    }

    /**
     * An attribute by path; nested blocks are walked through ({@code physical_connection_requirements.subnet_id}
     * reads the single block's attribute on both sides). A required attribute the stack does not set makes the
     * key unusable (the next key is tried); an optional one matches only an unset legacy value (a rule's peer:
     * exactly one of CIDR, prefix list, group is set).
     */
    public record Attribute(String path, boolean optional) implements Part {
        public Attribute(String path) {
            this(path, false);
        }

        @Override
        public String describe() {
            return path;
        }
    }

    /**
     * The values of {@code collect} of every resource of {@code type} whose {@code via} attribute points at
     * this resource — how an instance without a name of its own is recognised by what hangs off it: a route
     * table by the subnets associated with it, a KMS key by the aliases targeting it, an EIP by the NAT
     * gateway (subnet) using it.
     */
    public record Inbound(String type, String via, String collect) implements Part {
        @Override
        public String describe() {
            return type + "." + collect + " (by " + via + ")";
        }
    }
}
