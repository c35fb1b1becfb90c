package io.glueplatform;

import io.glueplatform.checks.CheckResult;
import io.glueplatform.checks.Checks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Judges the written stacks, in the order they were written, on a thread of its own while the main thread builds and
 * writes the next one; at the end the caller judges, beside it, those it has not started. The checks are pure Java
 * over the written file; jsii keeps at most one of the two cores busy (Java and Node take turns), so the other one
 * judges. Closing waits until no check runs any more, interrupted or not: a failed synth then removes the folder the
 * checks read.
 */
final class WrittenStackChecks implements AutoCloseable {

    private final Function<Main.BuiltStack, CheckResult> judge;
    private final ExecutorService pool = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "checks");
        thread.setDaemon(true);
        return thread;
    });
    private final List<FutureTask<CheckResult>> judged = new ArrayList<>();

    WrittenStackChecks(Function<Main.BuiltStack, CheckResult> judge) {
        this.judge = judge;
        // While the first stack is built, the checks thread would only wait: it runs every rule once first, so the check
        // of a lone stack (make synth ENV=dev), which nothing else overlaps, starts warm (≈ 30 ms less at the end).
        pool.execute(WrittenStackChecks::warmUp);
    }

    /**
     * An optimization only: whatever goes wrong here, the real checks meet again and report, so nothing may escape
     * (an Error would end the thread with a stack trace on stderr).
     */
    private static void warmUp() {
        try {
            Checks.warmUp();
        } catch (Throwable ignored) { // NOPMD: see above; ChecksTest runs the warm-up itself and fails on any of it
            // nothing: the first real check reports it
        }
    }

    /** Starts judging a stack whose file is written (after the stacks submitted before it). */
    void submit(Main.BuiltStack stack) {
        FutureTask<CheckResult> task = new FutureTask<>(() -> judge.apply(stack));
        judged.add(task);
        pool.execute(task);
    }

    /**
     * Every submitted stack's result, or its own unchecked failure (an invalid suppression, an unreadable or invalid
     * document) as thrown, in the order submitted; returns once every check has ended. The caller, which has nothing
     * else to do by then, judges the stacks the checks thread has not started yet itself, beside it.
     */
    List<Supplier<CheckResult>> results() {
        // Each check not started yet runs here (run() returns at once for one the checks thread has started or ended).
        judged.forEach(FutureTask::run);
        List<Supplier<CheckResult>> results = new ArrayList<>();
        for (FutureTask<CheckResult> future : judged) {
            try {
                CheckResult result = resultOf(future);
                results.add(() -> result);
            } catch (RuntimeException | Error failure) {
                results.add(() -> {
                    throw failure;
                });
            }
        }
        return results;
    }

    /** Drops checks not started yet and waits for a running one (they take well under a second), through interrupts. */
    @Override
    public void close() {
        pool.shutdownNow();
        boolean interrupted = false;
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (true) {
                try {
                    if (pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                        return;
                    }
                    throw new IllegalStateException("a check of a written stack did not end within a minute");
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A check's result, or its own unchecked failure as thrown; waits through interrupts (and keeps the flag). */
    private static CheckResult resultOf(Future<CheckResult> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
