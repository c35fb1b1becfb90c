package io.glueplatform.adoption;

/** Bad input to {@code make adopt}: one sentence naming the environment, what is wrong and what is allowed. */
public final class AdoptionException extends RuntimeException {
    public AdoptionException(String message) {
        super(message);
    }
}
