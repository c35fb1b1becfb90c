package io.glueplatform;

import io.glueplatform.checks.CheckResult;
import io.glueplatform.checks.model.InvalidDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.glueplatform.stack.DeploymentTarget;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each written stack is judged on the checks thread; results and failures come back per stack, in the order written. */
class WrittenStackChecksTest {

    @TempDir
    Path outdir;

    @Test
    void resultsComeInTheOrderWrittenAndAFailureAsItsOwnException() throws Exception {
        write("a", "{\"resource\": {\"aws_s3_bucket\": {\"one\": {\"bucket\": \"x\"}}}}");
        write("c", "{\"resource\": {}}");
        write("d", "{\"resource\": {\"aws_flow_log\": {\"f\": {\"vpc_id\": \"${aws_vpc.other_stack.id}\"}}}}");
        List<Supplier<CheckResult>> judged;
        try (WrittenStackChecks checks = new WrittenStackChecks(stack -> Main.judgeWritten(stack, outdir))) {
            for (String stack : List.of("a", "b", "c", "d")) {
                checks.submit(new Main.BuiltStack(null, null, stack));
            }
            judged = checks.results();
        }

        assertThat(judged).hasSize(4);
        assertThat(judged.get(0).get().stack()).isEqualTo("a");
        assertThat(judged.get(0).get().errors()).isNotEmpty();
        // Not an ExecutionException from the pool: the reader's own one-sentence failure, as a serial run would throw it.
        assertThatThrownBy(() -> judged.get(1).get())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("stacks/b/cdk.tf.json: no such file");
        assertThat(judged.get(2).get().stack()).isEqualTo("c");
        assertThat(judged.get(2).get().passed()).isTrue();
        // What a reference to another stack's resource becomes in a stack that stands alone (StandaloneStack).
        assertThatThrownBy(() -> judged.get(3).get())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageEndingWith("stacks/d/cdk.tf.json: aws_flow_log.f references aws_vpc.other_stack, which the document does not declare");
    }

    @Test
    void closingWaitsForTheRunningCheckAndDropsTheOnesNotStarted() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean firstEnded = new AtomicBoolean();
        AtomicBoolean secondRan = new AtomicBoolean();
        try (WrittenStackChecks checks = new WrittenStackChecks(stack -> {
            if (stack.id().equals("first")) {
                started.countDown();
                sleep(300);
                firstEnded.set(true);
            } else {
                secondRan.set(true);
            }
            return null;
        })) {
            checks.submit(new Main.BuiltStack(null, null, "first"));
            checks.submit(new Main.BuiltStack(null, null, "second"));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        }
        // A failed synth removes the folder right after close(): nothing may still be reading it.
        assertThat(firstEnded).isTrue();
        assertThat(secondRan).isFalse();
    }

    @Test
    void theCallerJudgesTheStacksTheChecksThreadHasNotStartedYet() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Map<String, String> judgedOn = new ConcurrentHashMap<>();
        List<Supplier<CheckResult>> judged;
        try (WrittenStackChecks checks = new WrittenStackChecks(stack -> {
            judgedOn.put(stack.id(), Thread.currentThread().getName());
            if (stack.id().equals("first")) {
                firstStarted.countDown();
                await(releaseFirst);
            } else {
                releaseFirst.countDown(); // the first one ends only once the caller has judged the second
            }
            return null;
        })) {
            checks.submit(new Main.BuiltStack(null, null, "first"));
            assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
            checks.submit(new Main.BuiltStack(null, null, "second"));
            judged = checks.results();
        }

        assertThat(judged).hasSize(2);
        assertThat(judgedOn).containsEntry("first", "checks").containsEntry("second", Thread.currentThread().getName());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aStackReferencingWhatItDoesNotDeclareEndsTheSynthWithOneSentenceAndExitThree() throws Exception {
        write("a", "{\"resource\": {}}");
        write("b", "{\"resource\": {\"aws_flow_log\": {\"f\": {\"vpc_id\": \"${aws_vpc.other_stack.id}\"}}}}");
        List<Main.BuiltStack> built = List.of(new Main.BuiltStack(null, null, "a"), new Main.BuiltStack(null, null, "b"));
        List<Supplier<CheckResult>> judged;
        try (WrittenStackChecks checks = new WrittenStackChecks(stack -> Main.judgeWritten(stack, outdir))) {
            built.forEach(checks::submit);
            judged = checks.results();
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exitCode = Main.judgeAndReport(null, built, judged, true, outdir, DeploymentTarget.OFFLINE,
                new PrintStream(err, true, StandardCharsets.UTF_8), SynthTiming.of(null));

        assertThat(exitCode).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .startsWith("glue-platform: " + outdir.resolve("stacks/b/cdk.tf.json"))
                .endsWith(": aws_flow_log.f references aws_vpc.other_stack, which the document does not declare; each stack must"
                        + " declare what it references (a stack cannot reference another stack's resources), nothing was synthesized");
    }

    /**
     * Sleeps through interrupts, as a check does while it judges (CPU work); one still reading its file may instead end
     * early on close()'s interrupt, which only ever happens when the synth failed already.
     */
    private static void sleep(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            try {
                Thread.sleep(Math.max(1, (end - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException ignored) {
                // keep sleeping, as a running check keeps running
            }
        }
    }

    private void write(String stack, String json) throws Exception {
        Files.writeString(Files.createDirectories(outdir.resolve("stacks").resolve(stack)).resolve("cdk.tf.json"), json);
    }
}
