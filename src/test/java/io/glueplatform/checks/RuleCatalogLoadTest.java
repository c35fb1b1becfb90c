package io.glueplatform.checks;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the catalog pairs an area's metadata file with its predicates ({@link CatalogAreas}), and the one sentence a
 * broken catalog fails with.
 */
class RuleCatalogLoadTest {

    private static final String TEST_FILE = "io/glueplatform/checks/";

    @Test
    void pairsEachMetadataEntryWithItsPredicate() {
        List<Rule> rules = RuleCatalog.load(List.of(WellFormedArea.class));
        assertThat(rules).hasSize(1);
        Rule rule = rules.get(0);
        assertThat(rule.name()).isEqualTo("TaggedBucket");
        assertThat(rule.info()).isEqualTo(new RuleInfo("GLUE-TEST-001", "Buckets are tagged", Severity.WARNING, List.of("aws_s3_bucket"),
                "Tags say who owns it.", "https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html", "add tags", "CKV_AWS_1", "", ""));
        Tf doc = Tf.doc().resource("aws_s3_bucket", "tagged", "{'tags': {'a': 'b'}}").resource("aws_s3_bucket", "bare", "{}");
        doc.passes(rule, "aws_s3_bucket.tagged");
        doc.fails(rule, "aws_s3_bucket.bare", "no tags");
    }

    @Test
    void theShippedCatalogIsExactlyTheMainAreas() {
        List<Rule> fresh = RuleCatalog.load(RuleCatalog.AREAS);
        assertThat(RuleCatalog.all()).extracting(Rule::info).isEqualTo(fresh.stream().map(Rule::info).toList());
        assertThat(RuleCatalog.all()).extracting(Rule::name).isEqualTo(fresh.stream().map(Rule::name).toList()).hasSize(74);
        assertThat(RuleCatalog.AREAS).allSatisfy(area -> assertThat(area.getPackageName()).startsWith("io.glueplatform.checks.rules."));
    }

    @Test
    void refusesAnEntryWithoutPredicate() {
        assertBroken(MissingPredicateArea.class, "rule catalog: GLUE-TEST-002 of " + TEST_FILE + "MissingPredicateArea.json has no predicate;"
                + " allowed: a method @RuleId(\"GLUE-TEST-002\") static Verdict name(Resource resource, StackModel model) in io.glueplatform.checks.MissingPredicateArea");
    }

    @Test
    void refusesAPredicateWithoutEntry() {
        assertBroken(UndeclaredPredicateArea.class, "rule catalog: io.glueplatform.checks.UndeclaredPredicateArea.second is bound to GLUE-TEST-002,"
                + " which " + TEST_FILE + "UndeclaredPredicateArea.json does not declare; allowed: one of [GLUE-TEST-001]");
    }

    @Test
    void refusesTwoPredicatesForOneRule() {
        assertBroken(TwoPredicatesArea.class, "rule catalog: GLUE-TEST-001 is bound to two predicates, io.glueplatform.checks.TwoPredicatesArea.first"
                + " and second; allowed: exactly one predicate per rule");
    }

    @Test
    void refusesAPredicateOfTheWrongShape() {
        assertBroken(WrongSignatureArea.class, "rule catalog: io.glueplatform.checks.WrongSignatureArea.first is bound to GLUE-TEST-001 but is not"
                + " a predicate; allowed: static Verdict first(Resource resource, StackModel model)");
    }

    @Test
    void refusesAMalformedId() {
        assertBroken(MalformedIdArea.class, "rule catalog: " + TEST_FILE + "MalformedIdArea.json entry 1 has the id 'GLUE-TEST-1';"
                + " allowed: GLUE-<AREA>-<three digits>, e.g. GLUE-S3-001");
    }

    @Test
    void refusesAnIdTwiceInOneFile() {
        assertBroken(DuplicateIdInFileArea.class, "rule catalog: " + TEST_FILE + "DuplicateIdInFileArea.json declares GLUE-TEST-001 twice;"
                + " allowed: each id once");
    }

    @Test
    void refusesAnIdTwiceInTheCatalog() {
        assertThatThrownBy(() -> RuleCatalog.load(List.of(WellFormedArea.class, MissingFieldArea.class, UnknownFieldArea.class)))
                .isInstanceOf(InvalidRuleCatalogException.class);
        assertThatThrownBy(() -> RuleCatalog.load(List.of(WellFormedArea.class, TwoPredicatesArea.class)))
                .isInstanceOf(InvalidRuleCatalogException.class);
        assertThatThrownBy(() -> RuleCatalog.load(List.of(WellFormedArea.class, WellFormedArea.class)))
                .isInstanceOf(InvalidRuleCatalogException.class)
                .hasMessage("rule catalog: rule id GLUE-TEST-001 is declared by both " + TEST_FILE + "WellFormedArea.json and "
                        + TEST_FILE + "WellFormedArea.json; allowed: each id once in the whole catalog");
    }

    @Test
    void refusesAnUnknownField() {
        assertBroken(UnknownFieldArea.class, "rule catalog: " + TEST_FILE + "UnknownFieldArea.json entry 1 has an unknown field 'checkovId';"
                + " allowed: id, title, severity, resourceTypes, rationale, doc, fix, checkov, trivy, cdkNag (checkov, trivy, cdkNag optional)");
    }

    @Test
    void refusesAMissingField() {
        assertBroken(MissingFieldArea.class, "rule catalog: " + TEST_FILE + "MissingFieldArea.json entry 1 has no 'fix';"
                + " required: id, title, severity, resourceTypes, rationale, doc, fix");
    }

    @Test
    void refusesAnUnknownSeverity() {
        assertBroken(BadSeverityArea.class, "rule catalog: " + TEST_FILE + "BadSeverityArea.json entry 1 (GLUE-TEST-001) has the severity 'info';"
                + " allowed: error, warning");
    }

    @Test
    void refusesAFileThatIsNotJson() {
        assertThatThrownBy(() -> RuleCatalog.load(List.of(NotJsonArea.class))).isInstanceOf(InvalidRuleCatalogException.class)
                .hasMessageStartingWith("rule catalog: " + TEST_FILE + "NotJsonArea.json is not valid JSON (")
                .hasMessageEndingWith("); allowed: an array of rule objects")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void refusesAnAreaWithoutMetadata() {
        assertBroken(NoMetadataArea.class, "rule catalog: " + TEST_FILE + "NoMetadataArea.json is missing; allowed: every area class of"
                + " RuleCatalog.AREAS has its metadata next to it (src/main/resources)");
    }

    private static void assertBroken(Class<?> area, String sentence) {
        assertThatThrownBy(() -> RuleCatalog.load(List.of(area))).isInstanceOf(InvalidRuleCatalogException.class).hasMessage(sentence);
    }
}
