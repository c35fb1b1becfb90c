package io.glueplatform.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Every rule, found by scanning package {@value #PACKAGE} on the classpath (directories and jars): a public
 * concrete class implementing {@link Rule} with {@link RuleInfo}. Nothing registers rules by hand, so a rule
 * cannot be written and forgotten. Ids must be unique; the catalog refuses duplicates.
 */
public final class RuleCatalog {

    public static final String PACKAGE = "io.glueplatform.checks.rules";
    private static volatile List<Rule> rules;

    private RuleCatalog() {
    }

    /** All rules, by id. */
    public static List<Rule> all() {
        List<Rule> result = rules;
        if (result == null) {
            synchronized (RuleCatalog.class) {
                if (rules == null) {
                    rules = discover();
                }
                result = rules;
            }
        }
        return result;
    }

    public static List<String> ids() {
        return all().stream().map(r -> r.info().id()).toList();
    }

    public static Optional<Rule> byId(String id) {
        return all().stream().filter(r -> r.info().id().equals(id)).findFirst();
    }

    private static List<Rule> discover() {
        ClassLoader loader = RuleCatalog.class.getClassLoader();
        String folder = PACKAGE.replace('.', '/');
        TreeSet<String> classNames = new TreeSet<>();
        try {
            // Only the rules next to this class (its folder or its jar): a test classpath also has a rules package
            // in test-classes (the rule tests), and a class loader that serves one compiled generation (the warm
            // synth server) cannot load classes from there.
            URL self = RuleCatalog.class.getResource("RuleCatalog.class");
            if (self == null) {
                throw new IllegalStateException("cannot locate " + RuleCatalog.class.getName() + " to list the rules next to it");
            }
            if ("file".equals(self.getProtocol())) {
                Path dir = Path.of(self.toURI()).resolveSibling("rules");
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.map(p -> dir.relativize(p).toString().replace('\\', '/'))
                            .filter(name -> name.endsWith(".class") && !name.contains("$"))
                            .forEach(name -> classNames.add(PACKAGE + "." + name.substring(0, name.length() - 6).replace('/', '.')));
                }
            } else if ("jar".equals(self.getProtocol())) {
                String spec = self.getPath();
                Path jarPath = Path.of(new URI(spec.substring(0, spec.indexOf("!/"))));
                try (JarFile jar = new JarFile(jarPath.toFile())) {
                    jar.stream().map(e -> e.getName())
                            .filter(name -> name.startsWith(folder + "/") && name.endsWith(".class") && !name.contains("$"))
                            .forEach(name -> classNames.add(name.substring(0, name.length() - 6).replace('/', '.')));
                }
            } else {
                throw new IllegalStateException("cannot list the rules in " + PACKAGE + ": classes served from " + self);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the rules in " + PACKAGE, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list the rules in " + PACKAGE, e);
        }
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (String name : classNames) {
            Class<?> type;
            try {
                type = Class.forName(name, true, loader);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("rule class " + name + " cannot be loaded", e);
            }
            if (!Rule.class.isAssignableFrom(type) || type.isInterface() || Modifier.isAbstract(type.getModifiers())
                    || !Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            if (!type.isAnnotationPresent(RuleInfo.class)) {
                throw new IllegalStateException(name + " implements Rule but has no @RuleInfo");
            }
            Rule rule;
            try {
                rule = (Rule) type.getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(name + " needs a public no-argument constructor", e);
            }
            Rule clash = byId.put(rule.info().id(), rule);
            if (clash != null) {
                throw new IllegalStateException("rule id " + rule.info().id() + " is used by " + clash.getClass().getName() + " and " + name);
            }
        }
        if (byId.isEmpty()) {
            throw new IllegalStateException("no rules found in " + PACKAGE + " on the classpath");
        }
        List<Rule> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing(r -> r.info().id()));
        return List.copyOf(sorted);
    }
}
