package io.glueplatform.cost;

/** A stack the cost model cannot price: one sentence naming the environment, the resource and what is missing. */
public final class CostException extends RuntimeException {
    public CostException(String message) {
        super(message);
    }
}
