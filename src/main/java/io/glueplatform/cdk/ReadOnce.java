package io.glueplatform.cdk;

import java.util.function.Supplier;

/**
 * A resource attribute's token (id, ARN, name), read from jsii on first use and then kept. Every read is a round trip
 * to Node (≈ 0.3 ms in a cold JVM), and an attribute that every grant or rule of a component needs was read again for
 * each of them: dev re-read 257 times one of 123 tokens. Every read makes a new token that resolves to the same
 * reference, so keeping the first changes nothing in the output. Components whose attribute is always used read it once
 * into a field instead; this is for those used only sometimes. Like jsii itself, not thread-safe.
 */
public final class ReadOnce implements Supplier<String> {

    private final Supplier<String> read;
    private String value;

    public ReadOnce(Supplier<String> read) {
        this.read = read;
    }

    @Override
    public String get() {
        if (value == null) {
            value = read.get();
        }
        return value;
    }
}
