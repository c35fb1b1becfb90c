package io.glueplatform.hosts;

/** The check every host component's dependencies make: a missing one is named in one sentence, with what it is for. */
final class Dependencies {

    private Dependencies() {
    }

    static void require(String host, Object dependency, String name, String purpose) {
        if (dependency == null) {
            throw new IllegalArgumentException("hosts: the " + host + " needs its " + name + " dependency (" + purpose + "), got none");
        }
    }
}
