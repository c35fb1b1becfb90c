package io.glueplatform.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.checks.model.TerraformDocument;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small Terraform JSON document built in a test: what a hand-written *.tf.json looks like, so every rule test
 * also proves the engine works on any Terraform JSON, not only ours. JSON is written with single quotes for
 * readability ({@code "{'bucket': 'b'}"}).
 */
public final class Tf {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ObjectNode root = MAPPER.createObjectNode();

    /** The rule with this id, as the catalog serves it (its metadata and its predicate). */
    public static Rule rule(String id) {
        return RuleCatalog.byId(id).orElseThrow(() -> new AssertionError("no rule " + id + " in the catalog"));
    }

    public static Tf doc() {
        return new Tf();
    }

    public static JsonNode json(String singleQuoted) {
        try {
            return MAPPER.readTree(singleQuoted.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Tf resource(String type, String name, String body) {
        root.with("resource").with(type).set(name, json(body));
        return this;
    }

    /** The default AWS provider with {@code default_tags} Environment = {@code environment}. */
    public Tf environment(String environment) {
        root.with("provider").putArray("aws").add(json("{'region': 'us-east-2', 'default_tags': [{'tags': {'Environment': '"
                + environment + "'}}]}"));
        return this;
    }

    public ObjectNode json() {
        return root;
    }

    public TerraformDocument document() {
        return TerraformDocument.of(root);
    }

    /** One rule's verdict on one resource of this document. */
    public Verdict verdict(Rule rule, String address) {
        TerraformDocument document = document();
        Resource resource = document.resource(address).orElseThrow(() -> new AssertionError("no resource " + address));
        assertThat(rule.info().resourceTypes()).as("%s judges %s", rule.info().id(), resource.type()).contains(resource.type());
        return rule.check(resource, new StackModel(document));
    }

    public void passes(Rule rule, String address) {
        Verdict verdict = verdict(rule, address);
        assertThat(verdict.status()).as("%s on %s: %s", rule.info().id(), address, verdict.violations()).isEqualTo(Verdict.Status.PASS);
    }

    public void notApplicable(Rule rule, String address) {
        assertThat(verdict(rule, address).status()).isEqualTo(Verdict.Status.NOT_APPLICABLE);
    }

    /** FAIL, with a problem that contains {@code problem}. */
    public void fails(Rule rule, String address, String problem) {
        Verdict verdict = verdict(rule, address);
        assertThat(verdict.status()).as("%s on %s", rule.info().id(), address).isEqualTo(Verdict.Status.FAIL);
        assertThat(verdict.violations()).extracting(Verdict.Violation::problem).anySatisfy(p -> assertThat(p).contains(problem));
    }
}
