package io.glueplatform.checks.rules.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glueplatform.cdk.CheckSuppressions;
import io.glueplatform.checks.Checks;
import io.glueplatform.checks.Finding;
import io.glueplatform.checks.Rule;
import io.glueplatform.checks.model.TerraformDocument;
import io.glueplatform.testing.SynthFixture;

import java.util.List;
import java.util.function.Consumer;

/**
 * Network rule tests work on the synthesized JSON: the shipped environment passes; a copy of its document with
 * one deliberate break (what an override or hand-written JSON could do) fails with the rule's message.
 */
public final class NetworkFixture {

    private NetworkFixture() {
    }

    /**
     * A fresh, mutable copy of the shipped environment's document as synth writes it, Terraform comments included
     * (cdktf's Testing.synth drops the "//" properties that carry construct suppressions).
     */
    public static ObjectNode document(String environment) {
        return CheckSuppressions.document(SynthFixture.synth(environment).stack()).json().deepCopy();
    }

    /** The findings of one rule, through the engine (no suppressions). */
    public static List<Finding> findings(Rule rule, JsonNode document) {
        return Checks.run("test", TerraformDocument.of(document), List.of(), List.of(rule)).findings();
    }

    /** Findings of {@code rule} on the environment's document after {@code change}. */
    public static List<Finding> findingsAfter(Rule rule, String environment, Consumer<ObjectNode> change) {
        ObjectNode document = document(environment);
        change.accept(document);
        return findings(rule, document);
    }

    public static ObjectNode resource(ObjectNode document, String address) {
        int dot = address.indexOf('.');
        JsonNode node = document.path("resource").path(address.substring(0, dot)).path(address.substring(dot + 1));
        if (!(node instanceof ObjectNode object)) {
            throw new AssertionError("no resource " + address);
        }
        return object;
    }

    public static Consumer<ObjectNode> removeResource(String address) {
        return document -> {
            int dot = address.indexOf('.');
            ObjectNode byType = (ObjectNode) document.path("resource").path(address.substring(0, dot));
            if (byType.remove(address.substring(dot + 1)) == null) {
                throw new AssertionError("no resource " + address);
            }
        };
    }

    public static Consumer<ObjectNode> connections(String job, String... connectionAddresses) {
        return document -> {
            ArrayNode list = resource(document, job).putArray("connections");
            for (String connection : connectionAddresses) {
                list.add("${" + connection + ".name}");
            }
        };
    }
}
