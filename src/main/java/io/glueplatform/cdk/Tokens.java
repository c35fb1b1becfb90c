package io.glueplatform.cdk;

import com.hashicorp.cdktf.Token;

/** Token helpers, kept here so framework specifics do not spread through the modules. */
public final class Tokens {
    private Tokens() {
    }

    /** A numeric attribute (e.g. a port) as a string for interpolation into URLs. */
    public static String asString(Number value) {
        return Token.asString(value);
    }
}
