package io.glueplatform.e2e;

import io.glueplatform.testing.Repo;
import io.glueplatform.testing.Tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an emulator still holds of an environment, listed by scripts/emulator/inventory.py (boto3
 * listings of every service the stack uses, in each given region). Empty after a complete destroy.
 */
final class EmulatorResources {

    private EmulatorResources() {
    }

    static List<String> leftOver(String endpoint, String environment, String... regions) {
        List<String> command = new ArrayList<>(List.of("python3", "scripts/emulator/inventory.py", endpoint, environment));
        command.addAll(List.of(regions.length == 0 ? new String[]{"us-east-2"} : regions));
        Tools.Result inventory = Tools.run(command, Map.of(), Repo.root(), 5);
        assertThat(inventory.exitCode()).as("scripts/emulator/inventory.py:%n%s", inventory.output()).isZero();
        return inventory.output().lines().filter(line -> !line.isBlank()).toList();
    }
}
