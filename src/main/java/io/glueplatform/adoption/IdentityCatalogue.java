package io.glueplatform.adoption;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every resource type's identity, declared by the module that creates it (e.g. {@code vpc.VpcIdentities})
 * and collected here. Types nobody declared fall back to the {@code Name} tag.
 */
public final class IdentityCatalogue {

    /** Implemented next to each module: registers the identities of the types that module creates. */
    public interface Declarations {
        void declare(IdentityCatalogue catalogue);
    }

    /** The last resort of every type: the Name tag. */
    public static final IdentityKey NAME_TAG = new IdentityKey(List.of(new IdentityKey.Attribute("tags.Name")));

    private final Map<String, TypeIdentity> types = new LinkedHashMap<>();

    public static IdentityCatalogue of(List<? extends Declarations> declarations) {
        IdentityCatalogue catalogue = new IdentityCatalogue();
        declarations.forEach(d -> d.declare(catalogue));
        return catalogue;
    }

    /** Starts the declaration of {@code type}; finish with {@link Builder#done()}. */
    public Builder type(String type) {
        return new Builder(type);
    }

    /** The declared identity, or the Name-tag fallback for an undeclared type. */
    public TypeIdentity identity(String type) {
        TypeIdentity identity = types.get(type);
        return identity != null ? identity : new TypeIdentity(type, List.of(NAME_TAG), List.of("id"), "");
    }

    public Set<String> declaredTypes() {
        return types.keySet();
    }

    /** Fluent declaration: {@code catalogue.type("aws_subnet").by("vpc_id", "cidr_block").thenByNameTag().done()}. */
    public final class Builder {
        private final String type;
        private final List<IdentityKey> keys = new ArrayList<>();
        private List<String> importId = List.of("id");
        private String separator = "";

        private Builder(String type) {
            this.type = type;
        }

        /** A key of attribute paths, all of which must be equal. */
        public Builder by(String... attributes) {
            keys.add(new IdentityKey(Arrays.stream(attributes).<IdentityKey.Part>map(IdentityKey.Attribute::new).toList()));
            return this;
        }

        /** A key of arbitrary parts (attributes and inbound relations). */
        public Builder by(IdentityKey.Part... parts) {
            keys.add(new IdentityKey(List.of(parts)));
            return this;
        }

        public Builder thenByNameTag() {
            keys.add(NAME_TAG);
            return this;
        }

        /** Terraform's import id is these state attributes joined by {@code separator} (default: the id). */
        public Builder importId(String separator, String... attributes) {
            this.separator = separator;
            this.importId = List.of(attributes);
            return this;
        }

        public void done() {
            if (types.containsKey(type)) {
                throw new IllegalStateException("the identity of " + type + " is declared twice");
            }
            types.put(type, new TypeIdentity(type, keys, importId, separator));
        }
    }

    public static IdentityKey.Attribute attribute(String path) {
        return new IdentityKey.Attribute(path);
    }

    /** An attribute that may be unset on both sides (see {@link IdentityKey.Attribute}). */
    public static IdentityKey.Attribute optional(String path) {
        return new IdentityKey.Attribute(path, true);
    }

    public static IdentityKey.Inbound inbound(String type, String via, String collect) {
        return new IdentityKey.Inbound(type, via, collect);
    }
}
