package io.glueplatform.checks;

import io.glueplatform.checks.model.Resource;

/**
 * Rule areas for {@link RuleCatalogLoadTest}, each with its metadata in src/test/resources/io/glueplatform/checks/<class>.json:
 * one well-formed area, and one per way a catalog can be broken.
 */
final class CatalogAreas {

    private CatalogAreas() {
    }
}

final class WellFormedArea {
    @RuleId("GLUE-TEST-001")
    static Verdict taggedBucket(Resource resource, StackModel model) {
        return Verdict.when(resource.has("tags"), "no tags");
    }

    /** Not bound to a rule: a helper the predicates may share. */
    static Verdict helper(Resource resource, StackModel model) {
        return Verdict.pass();
    }
}

final class MissingPredicateArea {
    @RuleId("GLUE-TEST-001")
    static Verdict first(Resource resource, StackModel model) {
        return Verdict.pass();
    }
}

final class UndeclaredPredicateArea {
    @RuleId("GLUE-TEST-001")
    static Verdict first(Resource resource, StackModel model) {
        return Verdict.pass();
    }

    @RuleId("GLUE-TEST-002")
    static Verdict second(Resource resource, StackModel model) {
        return Verdict.pass();
    }
}

final class TwoPredicatesArea {
    @RuleId("GLUE-TEST-001")
    static Verdict first(Resource resource, StackModel model) {
        return Verdict.pass();
    }

    @RuleId("GLUE-TEST-001")
    static Verdict second(Resource resource, StackModel model) {
        return Verdict.pass();
    }
}

final class WrongSignatureArea {
    @RuleId("GLUE-TEST-001")
    static Verdict first(Resource resource) {
        return Verdict.pass();
    }
}

final class MalformedIdArea {
    @RuleId("GLUE-TEST-1")
    static Verdict first(Resource resource, StackModel model) {
        return Verdict.pass();
    }
}

final class DuplicateIdInFileArea {
    @RuleId("GLUE-TEST-001")
    static Verdict first(Resource resource, StackModel model) {
        return Verdict.pass();
    }
}

final class UnknownFieldArea {
    @RuleId("GLUE-TEST-001")
    static Verdict first(Resource resource, StackModel model) {
        return Verdict.pass();
    }
}

final class MissingFieldArea {
    @RuleId("GLUE-TEST-001")
    static Verdict first(Resource resource, StackModel model) {
        return Verdict.pass();
    }
}

final class BadSeverityArea {
    @RuleId("GLUE-TEST-001")
    static Verdict first(Resource resource, StackModel model) {
        return Verdict.pass();
    }
}

final class NotJsonArea {
    @RuleId("GLUE-TEST-001")
    static Verdict first(Resource resource, StackModel model) {
        return Verdict.pass();
    }
}

final class NoMetadataArea {
    @RuleId("GLUE-TEST-001")
    static Verdict first(Resource resource, StackModel model) {
        return Verdict.pass();
    }
}
