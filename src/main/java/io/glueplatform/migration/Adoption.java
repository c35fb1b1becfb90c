package io.glueplatform.migration;

import com.fasterxml.jackson.databind.JsonNode;
import io.glueplatform.adoption.AdoptionException;
import io.glueplatform.adoption.IdentityCatalogue;
import io.glueplatform.adoption.LegacyState;
import io.glueplatform.adoption.Matcher;
import io.glueplatform.adoption.StackResource;
import io.glueplatform.config.EnvironmentConfig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * make adopt's decision step, free of I/O: legacy state + synthesized stack (+ the previous migration file,
 * whose hand-made decisions survive) → the new migration file.
 */
public final class Adoption {

    private Adoption() {
    }

    /**
     * Everything about the input that can be refused before the stack is synthesized: the mode, a state
     * usable in that mode, the account and region, one identity twice.
     *
     * @throws AdoptionException one sentence per problem kind
     */
    public static void validate(EnvironmentConfig env, String mode, String sourcePath, LegacyState state, IdentityCatalogue catalogue) {
        String prefix = "environment '" + env.name() + "': ";
        if (!MigrationFile.MOVED.equals(mode) && !MigrationFile.IMPORT.equals(mode)) {
            throw new AdoptionException(prefix + "MODE '" + mode + "' is not allowed; allowed: moved (the legacy state becomes the stack's state)"
                    + " or import (new state, legacy state untouched)");
        }
        if (MigrationFile.MOVED.equals(mode) && !"state".equals(state.format())) {
            throw new AdoptionException(prefix + "FROM " + sourcePath + " is `terraform show -json` output, which cannot become the stack's state;"
                    + " allowed with MODE=moved: the state file or the legacy root folder (or use MODE=import)");
        }
        state.checkBelongsTo(env.name(), env.accountId(), env.region());
        Matcher.refuseDuplicates(catalogue, env.name(), state.resources());
    }

    /**
     * @param stackDocument the stack synthesized without any migration file ({@code cdk.tf.json})
     * @param previous      the existing migration file: its pinned matches, legacy-only decisions and stack-only
     *                      imports are kept
     * @throws AdoptionException on bad input (see {@link #validate})
     */
    public static MigrationFile decide(EnvironmentConfig env, String mode, String sourcePath, LegacyState state,
                                       JsonNode stackDocument, IdentityCatalogue catalogue, Optional<MigrationFile> previous) {
        validate(env, mode, sourcePath, state, catalogue);
        Map<String, String> pinned = new LinkedHashMap<>();
        Map<String, String> legacyDecisions = new LinkedHashMap<>();
        Map<String, MigrationFile.StackOnly> stackDecisions = new LinkedHashMap<>();
        previous.ifPresent(file -> {
            file.matched().stream().filter(MigrationFile.Matched::byHand).forEach(m -> pinned.put(m.to(), m.from()));
            file.legacyOnly().forEach(l -> legacyDecisions.put(l.address(), l.decision()));
            file.stackOnly().stream().filter(s -> MigrationFile.IMPORT.equals(s.decision())).forEach(s -> stackDecisions.put(s.address(), s));
        });

        Matcher.Result result = Matcher.match(catalogue, env.name(), state.resources(), StackResource.of(stackDocument), pinned);

        List<MigrationFile.Matched> matched = new ArrayList<>();
        for (Matcher.Match match : result.matched()) {
            matched.add(new MigrationFile.Matched(match.legacyAddress(), match.stackAddress(), match.identity(), match.importId(),
                    pinned.containsKey(match.stackAddress()) ? Boolean.TRUE : null));
        }
        String defaultLegacyDecision = MigrationFile.MOVED.equals(mode) ? MigrationFile.REMOVED : MigrationFile.IGNORE;
        List<MigrationFile.LegacyOnly> legacyOnly = result.legacyOnly().stream().map(l -> {
            String kept = legacyDecisions.get(l.address());
            String decision = kept != null && (MigrationFile.MOVED.equals(mode) ? MigrationFile.REMOVED : MigrationFile.IGNORE).equals(kept)
                    ? kept : defaultLegacyDecision;
            return new MigrationFile.LegacyOnly(l.address(), l.type(), decision);
        }).toList();
        List<MigrationFile.StackOnly> stackOnly = result.stackOnly().stream()
                .map(s -> stackDecisions.getOrDefault(s.address(), new MigrationFile.StackOnly(s.address(), MigrationFile.CREATE, null)))
                .toList();
        List<MigrationFile.Ambiguous> ambiguous = result.ambiguous().stream()
                .map(a -> new MigrationFile.Ambiguous(a.stackAddress(), a.identity(), a.candidates())).toList();
        return new MigrationFile(env.name(), mode, new MigrationFile.Source(sourcePath, state.format(), state.terraformVersion()),
                matched, legacyOnly, stackOnly, ambiguous);
    }
}
