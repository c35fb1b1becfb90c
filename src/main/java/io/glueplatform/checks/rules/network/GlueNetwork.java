package io.glueplatform.checks.rules.network;

import io.glueplatform.checks.StackModel;
import io.glueplatform.preflight.NetworkModel;

/** The network graph of the Glue rules, built once per run and shared by all of them. */
final class GlueNetwork {
    private GlueNetwork() {
    }

    static NetworkModel of(StackModel stack) {
        return stack.view(NetworkModel.class, NetworkModel::of);
    }
}
