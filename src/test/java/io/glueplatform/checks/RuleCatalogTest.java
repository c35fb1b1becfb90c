package io.glueplatform.checks;

import io.glueplatform.testing.Repo;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The pack as a whole: discovered, complete metadata, a compliant and a non-compliant test per rule, documented. */
class RuleCatalogTest {

    private static final Path TESTS = Repo.root().resolve("src/test/java/io/glueplatform/checks/rules");

    @Test
    void discoversTheNetworkPreflightAndAtLeastFortySecurityRules() {
        List<String> ids = RuleCatalog.ids();
        assertThat(ids).doesNotHaveDuplicates().isSorted();
        assertThat(ids.stream().filter(id -> id.startsWith("GLUE-NET-"))).containsExactly("GLUE-NET-001", "GLUE-NET-002", "GLUE-NET-003",
                "GLUE-NET-004", "GLUE-NET-005", "GLUE-NET-006", "GLUE-NET-007", "GLUE-NET-008", "GLUE-NET-009");
        assertThat(ids.stream().filter(id -> !id.startsWith("GLUE-NET-")).count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void everyRuleHasCompleteMetadataAndOnlyWellFormedIdsOfOtherTools() {
        for (Rule rule : RuleCatalog.all()) {
            RuleInfo info = rule.info();
            assertThat(info.id()).matches("GLUE-[A-Z0-9]+-\\d{3}");
            assertThat(List.of(info.title(), info.rationale(), info.fix())).as(info.id()).allSatisfy(text -> assertThat(text).isNotBlank());
            assertThat(info.doc()).as(info.id()).matches("https://(docs\\.aws\\.amazon\\.com|aws\\.amazon\\.com)/.+");
            assertThat(info.resourceTypes()).as(info.id()).isNotEmpty().allMatch(type -> type.matches("aws_[a-z0-9_]+"));
            assertThat(info.checkov()).as(info.id()).matches("(CKV2?_AWS_\\d+)?");
            assertThat(info.trivy()).as(info.id()).matches("(AVD-AWS-\\d{4})?");
            assertThat(info.cdkNag()).as(info.id()).matches("(AwsSolutions-[A-Z]+\\d+)?");
        }
    }

    @Test
    void everyRuleHasACompliantAndANonCompliantTest() throws IOException {
        for (Rule rule : RuleCatalog.all()) {
            String name = rule.name();
            Class<?> area = areaOf(rule.info().id());
            Path folder = TESTS.resolve(area.getPackageName().substring("io.glueplatform.checks.rules.".length()).replace('.', '/'));
            String tests;
            try (Stream<Path> files = Files.list(folder)) {
                tests = String.join("\n", files.filter(f -> f.toString().endsWith("Test.java")).map(RuleCatalogTest::read).toList());
            }
            if (rule.info().id().startsWith("GLUE-NET-")) {
                // The network rules keep their test class per rule, each with passing environments and broken variants.
                assertThat(folder.resolve(name + "Test.java")).as("test of %s", rule.info().id()).exists();
            } else {
                assertThat(tests).as("compliant test of %s", rule.info().id()).contains("void passes" + name + "()");
                assertThat(tests).as("non-compliant test of %s", rule.info().id()).contains("void fails" + name + "()");
            }
        }
    }

    /** The area class whose predicate is bound to {@code id}. */
    private static Class<?> areaOf(String id) {
        return RuleCatalog.AREAS.stream().filter(area -> Stream.of(area.getDeclaredMethods())
                        .anyMatch(m -> m.isAnnotationPresent(RuleId.class) && m.getAnnotation(RuleId.class).value().equals(id)))
                .findFirst().orElseThrow(() -> new AssertionError("no predicate bound to " + id));
    }

    @Test
    void docsPolicyListsEveryRuleWithItsIdsOfOtherTools() throws IOException {
        String docs = Files.readString(Repo.root().resolve("docs/policy.md"));
        for (Rule rule : RuleCatalog.all()) {
            RuleInfo info = rule.info();
            String row = docs.lines().filter(line -> line.startsWith("| " + info.id() + " |")).findFirst().orElse("");
            assertThat(row).as("docs/policy.md row of %s", info.id()).isNotEmpty()
                    .contains(info.checkov()).contains(info.trivy()).contains(info.cdkNag())
                    .contains(info.severity().name().toLowerCase());
        }
    }

    @Test
    void discoversTheSameRulesFromAJar(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        // A packaged build (java -jar style) finds its rules inside the jar, not in a classes folder; this jar has no
        // directory entries, the harder case.
        Path classes = Path.of(RuleCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = temp.resolve("checks.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new java.util.jar.JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        java.net.URL[] urls = {jar.toUri().toURL()};
        // Only the JDK and the jar: the catalog and its rules must come from the jar (dependencies from the parent).
        try (var loader = new java.net.URLClassLoader(urls, RuleCatalog.class.getClassLoader().getParent()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("io.glueplatform.")) {
                    synchronized (getClassLoadingLock(name)) {
                        Class<?> loaded = findLoadedClass(name);
                        return loaded != null ? loaded : findClass(name);
                    }
                }
                try {
                    return super.loadClass(name, resolve);
                } catch (ClassNotFoundException e) {
                    return RuleCatalog.class.getClassLoader().loadClass(name);
                }
            }
        }) {
            Class<?> catalog = loader.loadClass(RuleCatalog.class.getName());
            assertThat(catalog.getClassLoader()).isSameAs(loader);
            assertThat(catalog.getMethod("ids").invoke(null)).isEqualTo(RuleCatalog.ids());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
