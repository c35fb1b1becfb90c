package io.glueplatform.checks.model;

/**
 * A document references a resource or data source it does not declare: a typo in an escape hatch, or a stack referencing
 * another stack's resource. The message is one sentence naming the document and the first such reference.
 */
public final class UndeclaredReferenceException extends InvalidDocumentException {
    public UndeclaredReferenceException(String message) {
        super(message);
    }
}
