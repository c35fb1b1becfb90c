package io.glueplatform.stack;

import io.glueplatform.config.ConfigException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a synthesized stack will be planned or applied. Chosen at synth time with PLATFORM_TARGET.
 * Only the provider block and the state file differ between targets; resources are identical.
 */
public enum DeploymentTarget {
    /** The account of the current AWS credentials (guarded by allowed_account_ids). Default. */
    AWS,
    /** No account: fake credentials, every validation skipped, so `terraform plan` runs in CI. */
    OFFLINE,
    /** The local moto server; see {@link EmulatorSettings}. */
    EMULATOR;

    public static DeploymentTarget parse(String value) {
        if (value == null || value.isBlank()) {
            return AWS;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("PLATFORM_TARGET: '" + value + "' is not allowed; allowed: "
                    + Arrays.stream(values()).map(t -> t.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }

    /** Local state lives apart per target so an emulator run can never touch real state. */
    public String stateFile(String stack) {
        return switch (this) {
            case AWS -> stack + ".tfstate";
            case OFFLINE -> "offline/" + stack + ".tfstate";
            case EMULATOR -> "emulator/" + stack + ".tfstate";
        };
    }
}
