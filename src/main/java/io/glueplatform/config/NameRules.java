package io.glueplatform.config;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names the platform derives ({@link PlatformNames}): each is checked against its service's rules, so a name
 * AWS would refuse at apply (an S3 bucket over 63 characters, a reserved prefix) is refused here, naming the
 * configuration field that produced it.
 */
final class NameRules implements SectionRules {

    private static final Pattern NAME_PREFIX = Pattern.compile("[a-z0-9][a-z0-9-]{1,20}[a-z0-9]");

    @Override
    public void check(EnvironmentConfig env, Problems problems) {
        boolean prefixValid = problems.matches("namePrefix", env.namePrefix(), NAME_PREFIX, "3-22 lower-case letters, digits or '-',"
                + " starting and ending with a letter or digit (it starts every S3 bucket name)");
        String database = env.glue().catalogDatabaseName();
        if (database != null) {
            checkGiven(problems, "glue.catalogDatabaseName", AwsNameKind.GLUE_DATABASE, database);
        }
        // Derived names are checked only from valid parts; otherwise they would repeat the part's own problem.
        if (!prefixValid || !IdentityRules.isEnvironmentName(env.name()) || !IdentityRules.isAccountId(env.accountId())
                || !RegionCatalog.isRegion(env.region())) {
            return;
        }
        // One line per broken rule: a reserved prefix breaks all four bucket names the same way.
        Set<String> reported = new HashSet<>();
        for (PlatformNames.AwsName name : PlatformNames.of(env)) {
            String violation = name.kind().violation(name.value());
            if (violation != null && !"glue.catalogDatabaseName".equals(name.field())
                    && reported.add(name.field() + name.kind() + violation)) {
                problems.add(name.field(), "gives the " + name.kind().label() + " " + Problems.show(name.value()) + " but " + violation
                        + "; allowed: " + name.kind().rules());
            }
        }
    }

    /** A name given verbatim in {@code field} (not derived). */
    static boolean checkGiven(Problems problems, String field, AwsNameKind kind, String value) {
        String violation = kind.violation(value);
        if (violation != null) {
            problems.add(field, Problems.show(value) + " is not a valid " + kind.label() + " (" + violation + "); allowed: " + kind.rules());
        }
        return violation == null;
    }

}
