package io.glueplatform.config;

import java.util.List;
import java.util.regex.Pattern;

/** Who and where: the environment name, its account, region and availability zones. */
final class IdentityRules implements SectionRules {

    static final int MAX_NAME_LENGTH = 15;
    /** StateBootstrapStack's name: {@code <env>-state}. */
    static final String STATE_STACK_SUFFIX = "-state";
    /** Single hyphens between lower-case words: safe unquoted in a shell and inside every derived AWS name. */
    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    static boolean isEnvironmentName(String name) {
        return name != null && name.length() <= MAX_NAME_LENGTH && ENVIRONMENT_NAME.matcher(name).matches();
    }

    static boolean isAccountId(String accountId) {
        return accountId != null && ACCOUNT_ID.matcher(accountId).matches();
    }

    @Override
    public void check(EnvironmentConfig env, Problems problems) {
        if (!isEnvironmentName(env.name())) {
            problems.add("name", Problems.show(env.name()) + " is not allowed; allowed: lower-case letters and digits with single '-'"
                    + " between them, starting with a letter, at most " + MAX_NAME_LENGTH
                    + " characters (the name goes into AWS names, file paths and shell commands)");
        } else if (env.name().endsWith(STATE_STACK_SUFFIX)) {
            // Environment x with an S3 backend synthesizes a second stack named x-state into cdktf.out/stacks/x-state.
            String owner = env.name().substring(0, env.name().length() - STATE_STACK_SUFFIX.length());
            problems.add("name", "'" + env.name() + "' is the name of the state bootstrap stack of environment " + owner
                    + "; allowed: a name not ending in " + STATE_STACK_SUFFIX);
        }
        if (problems.required("accountId", env.accountId(), "exactly 12 digits") && !isAccountId(env.accountId())) {
            problems.add("accountId", Problems.show(env.accountId()) + " is not allowed; allowed: exactly 12 digits");
        }
        if (problems.required("region", env.region(), "an AWS region such as us-east-2") && !RegionCatalog.isRegion(env.region())) {
            problems.add("region", RegionCatalog.notARegion(env.region()));
        }
        List<String> zones = env.availabilityZones();
        if (zones.size() < 2) {
            problems.add("availabilityZones", "has " + zones.size() + " zone(s); allowed: two or more zones of the region"
                    + " (Glue AZ failover and the RDS subnet group need two)");
            return;
        }
        if (zones.stream().distinct().count() != zones.size()) {
            problems.add("availabilityZones", zones + " lists a zone twice; allowed: distinct zones");
        }
        RegionCatalog.checkZones(problems, "availabilityZones", env.region(), zones);
    }
}
