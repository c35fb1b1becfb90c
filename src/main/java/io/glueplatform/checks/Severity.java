package io.glueplatform.checks;

/** ERROR findings block a synth (exit 3) and fail {@code make check}; WARNING findings are reported only. */
public enum Severity { ERROR, WARNING }
