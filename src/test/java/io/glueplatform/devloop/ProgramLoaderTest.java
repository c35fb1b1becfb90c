package io.glueplatform.devloop;

import io.glueplatform.config.ProcessEnvironment;
import io.glueplatform.testing.Repo;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The split the warm server relies on: program classes are new in every loader (no static state survives a
 * synth), while jsii, cdktf and the provider come from the server's loader (one jsii runtime per process).
 */
class ProgramLoaderTest {

    private static final java.nio.file.Path CLASSES = Repo.root().resolve("target/classes");

    @Test
    void programClassesAreLoadedAfreshAndEverythingElseIsShared() throws Exception {
        ClassLoader parent = ProgramLoaderTest.class.getClassLoader();
        try (ProgramLoader first = ProgramLoader.over(CLASSES, parent); ProgramLoader second = ProgramLoader.over(CLASSES, parent)) {
            Class<?> a = first.loadClass("io.glueplatform.config.ProcessEnvironment");
            Class<?> b = second.loadClass("io.glueplatform.config.ProcessEnvironment");
            assertThat(a).isNotSameAs(b).isNotSameAs(ProcessEnvironment.class);
            assertThat(a.getClassLoader()).isSameAs(first);

            for (String shared : new String[]{"com.hashicorp.cdktf.App", "software.amazon.jsii.JsiiEngine",
                    "com.hashicorp.cdktf.providers.aws.s3_bucket.S3Bucket", "io.glueplatform.devloop.SynthServer"}) {
                assertThat(first.loadClass(shared)).as(shared).isSameAs(second.loadClass(shared)).isSameAs(parent.loadClass(shared));
            }
        }
    }

    @Test
    void staticStateOfOneLoaderIsInvisibleToTheNext() throws Exception {
        ClassLoader parent = ProgramLoaderTest.class.getClassLoader();
        try (ProgramLoader first = ProgramLoader.over(CLASSES, parent); ProgramLoader second = ProgramLoader.over(CLASSES, parent)) {
            Class<?> inFirst = first.loadClass("io.glueplatform.config.ProcessEnvironment");
            Object environment = inFirst.getMethod("of", Map.class).invoke(null, Map.of("PLATFORM_TARGET", "emulator"));
            inFirst.getMethod("use", inFirst).invoke(null, environment);

            Class<?> inSecond = second.loadClass("io.glueplatform.config.ProcessEnvironment");
            Object current = inSecond.getMethod("current").invoke(null);
            assertThat(inSecond.getMethod("get", String.class).invoke(current, "PLATFORM_TARGET"))
                    .as("the second loader sees the JVM's environment, not the first synth's")
                    .isEqualTo(System.getenv("PLATFORM_TARGET"));
        }
    }

    @Test
    void programResourcesComeFromTheSourceFolderNotFromTheLastBuild(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws Exception {
        String name = "io/glueplatform/checks/rules/ec2/Ec2Rules.json";
        java.nio.file.Path edited = temp.resolve(name);
        java.nio.file.Files.createDirectories(edited.getParent());
        java.nio.file.Files.writeString(edited, "[]");
        ClassLoader parent = ProgramLoaderTest.class.getClassLoader();
        assertThat(parent.getResource(name)).as("the built copy").isNotNull();
        try (ProgramLoader loader = ProgramLoader.over(CLASSES, temp, parent); var in = loader.getResourceAsStream(name)) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("[]");
            // Resources outside the program's package stay the server's.
            assertThat(loader.getResource("cost/usage-assumptions.json")).isEqualTo(parent.getResource("cost/usage-assumptions.json"));
        }
    }
}
