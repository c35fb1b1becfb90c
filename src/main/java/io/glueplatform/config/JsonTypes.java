package io.glueplatform.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns Jackson's binding and parser-limit exceptions into words a user of an environment file understands:
 * what the field expects and what the file holds ({@code expected a whole number, got the text "2"}), instead of
 * {@code Cannot coerce String value ... CoercionConfig}.
 */
final class JsonTypes {

    private JsonTypes() {
    }

    /** The part of a problem after {@code <field>: } for a binding error at {@code e}'s path in {@code document}. */
    static String problem(JsonProcessingException e, JsonNode document) {
        JsonNode given = e instanceof JsonMappingException mapping ? nodeAt(document, mapping) : null;
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            String value = given != null && given.isValueNode() ? given.asText() : describe(given);
            return "'" + value + "' is not allowed; allowed: " + allowed;
        }
        if (given != null && given.isIntegralNumber() && !given.canConvertToInt() && (target == null || isWholeNumber(target))) {
            return "expected a whole number up to " + Integer.MAX_VALUE + ", got " + given.asText();
        }
        if (target != null) {
            return "expected " + expected(target) + ", got " + describe(given);
        }
        // Not a type mismatch Jackson can explain: still one line, with the parser's own first line.
        return "cannot be read (" + firstLine(e.getOriginalMessage()) + "); allowed: see README \"Configuration\"";
    }

    /** A parser limit ({@link ConfigLoader#LIMITS}) as a sentence; {@code line} is where the parser stopped, -1 if unknown. */
    static String limitProblem(StreamConstraintsException e, int line) {
        String where = line > 0 ? " at line " + line : "";
        String message = e.getOriginalMessage();
        var limits = ConfigLoader.LIMITS;
        if (message.startsWith("Document nesting depth")) {
            return "the file nests objects and lists more than " + limits.getMaxNestingDepth() + " levels deep" + where
                    + "; allowed: at most " + limits.getMaxNestingDepth() + " levels (an environment file needs 4)";
        }
        if (message.startsWith("Number value length")) {
            return "a number" + where + " has more than " + limits.getMaxNumberLength() + " digits; allowed: numbers of at most "
                    + limits.getMaxNumberLength() + " digits";
        }
        if (message.startsWith("String value length")) {
            return "a text value" + where + " is longer than " + limits.getMaxStringLength() + " characters; allowed: at most "
                    + limits.getMaxStringLength() + " characters per value";
        }
        if (message.startsWith("Name length")) {
            return "a key" + where + " is longer than " + limits.getMaxNameLength() + " characters; allowed: at most "
                    + limits.getMaxNameLength() + " characters per key";
        }
        if (message.startsWith("Document length")) {
            return "the file is larger than " + limits.getMaxDocumentLength() + " bytes; allowed: at most "
                    + limits.getMaxDocumentLength() + " bytes";
        }
        return "the file exceeds a parser limit" + where + " (" + firstLine(message) + "); allowed: a small JSON document";
    }

    /** Jackson's syntax messages in words; the common mistakes of a hand-edited file get a hint. */
    static String syntaxProblem(String message) {
        String first = firstLine(message);
        if (first.contains("was expecting comma to separate Object entries")) {
            return "expected ',' or '}' after a value; allowed: entries separated by commas";
        }
        if (first.contains("was expecting comma to separate Array entries")) {
            return "expected ',' or ']' after a list element; allowed: elements separated by commas";
        }
        if (first.contains("was expecting double-quote to start field name")) {
            return "expected a key in double quotes; allowed: \"key\": value pairs without a trailing comma";
        }
        if (first.startsWith("Unexpected end-of-input")) {
            return "the file ends before the JSON is complete; allowed: every '{' and '[' closed";
        }
        if (first.startsWith("Unexpected character ('/'")) {
            return "JSON has no comments; allowed: plain JSON (put notes in README or docs/)";
        }
        if (first.startsWith("Unrecognized token")) {
            return first.replaceAll("Unrecognized token '([^']*)'.*", "'$1' is not a JSON value; allowed: text in double quotes,"
                    + " numbers, true, false, null");
        }
        if (first.startsWith("Trailing token")) {
            return "there is more after the JSON object; allowed: exactly one object per file";
        }
        return first.replaceAll(" \\(code \\d+\\)", "");
    }

    /** {@code /glue/numberOfWorkers} (a JSON pointer) as {@code glue.numberOfWorkers}, indexes as {@code [1]}. */
    static String dotted(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.replace("~1", "/").replace("~0", "~");
            if (name.matches("\\d+")) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(name);
            }
        }
        return path.length() == 0 ? "(document)" : path.toString();
    }

    private static boolean isWholeNumber(Class<?> target) {
        return target == Integer.class || target == int.class || target == Long.class || target == long.class;
    }

    private static String expected(Class<?> target) {
        if (isWholeNumber(target)) {
            return "a whole number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "text in quotes";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "a list [...]";
        }
        if (Map.class.isAssignableFrom(target)) {
            return "an object {\"key\": \"text\", ...}";
        }
        return "an object {...}";
    }

    /** What the file holds, in words: {@code the text "2"}, {@code the number 2.5}, {@code a list}. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "a value of another type";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            String text = node.asText();
            return "the text \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return "the value " + node.asText();
        }
        if (node.isArray()) {
            return "a list";
        }
        return "an object";
    }

    /** The node Jackson was binding when it failed, found again in the tree by the exception's path. */
    private static JsonNode nodeAt(JsonNode document, JsonMappingException e) {
        JsonNode node = document;
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (node == null) {
                return null;
            }
            node = ref.getFieldName() != null ? node.get(ref.getFieldName()) : node.get(ref.getIndex());
        }
        return node;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").trim();
    }
}
