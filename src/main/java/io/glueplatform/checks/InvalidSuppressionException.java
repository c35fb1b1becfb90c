package io.glueplatform.checks;

/** A suppression without a written reason, or naming a rule that does not exist; the message is one sentence. */
public final class InvalidSuppressionException extends RuntimeException {
    public InvalidSuppressionException(String message) {
        super(message);
    }
}
