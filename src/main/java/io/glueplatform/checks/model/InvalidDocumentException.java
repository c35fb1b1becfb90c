package io.glueplatform.checks.model;

/** The input is not a usable Terraform JSON configuration; the message is one sentence for a person. */
public class InvalidDocumentException extends RuntimeException {
    public InvalidDocumentException(String message) {
        super(message);
    }
}
