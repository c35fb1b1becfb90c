package io.glueplatform.checks;

/** The rule catalog's metadata and predicates do not pair up: a programming error, named in one sentence. */
public final class InvalidRuleCatalogException extends IllegalStateException {

    public InvalidRuleCatalogException(String message) {
        super(message);
    }
}
