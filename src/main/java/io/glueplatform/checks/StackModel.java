package io.glueplatform.checks;

import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a rule may consult besides its resource: the whole document (lookups of related resources) and
 * typed views built once per run (e.g. the network graph of the Glue rules), memoized here so that a view
 * costs one build however many resources and rules use it.
 */
public final class StackModel {

    private final TerraformDocument document;
    private final Map<Class<?>, Object> views = new ConcurrentHashMap<>();

    public StackModel(TerraformDocument document) {
        this.document = document;
    }

    public TerraformDocument document() {
        return document;
    }

    /** A typed view of the document, built on first use. */
    public <T> T view(Class<T> type, Function<TerraformDocument, T> build) {
        return type.cast(views.computeIfAbsent(type, k -> build.apply(document)));
    }

    /** Resources of {@code type} whose {@code attribute} references {@code address}. */
    public List<Resource> referencing(String type, String attribute, String address) {
        return document.referencing(type, attribute, address);
    }

    /** The environment a stack belongs to, from the provider's default tag {@code Environment} (null if none). */
    public String environment() {
        return document.defaultTags().get("Environment");
    }
}
