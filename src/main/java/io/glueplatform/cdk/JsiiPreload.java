package io.glueplatform.cdk;

import software.amazon.jsii.JsiiEngine;

import java.util.concurrent.CountDownLatch;

/**
 * Starts the jsii runtime and loads the AWS provider's assembly (with cdktf's and constructs') on a background
 * thread of a cold JVM, while the main thread reads and validates the configuration and the Glue jobs. Node
 * starting and parsing the provider's 30 MB assembly is most of a cold synth; it needs no configuration, and on
 * two cores it overlaps the Java work instead of following it.
 *
 * <p>The jsii engine is not thread-safe: {@link #await()} must return before the program's first jsii call (Main
 * calls it before it creates the App). Nothing is written by the preload but jsii's own caches, so an invalid
 * configuration still leaves the output folder untouched. A failed preload is rethrown by {@link #await()}, on the
 * main thread, where it is reported as any synth error (a second attempt would only say "Client not created",
 * not why). The warm synth server
 * never starts one (its runtime is loaded once for its whole life), so there {@link #await()} returns at once.
 */
public final class JsiiPreload {

    private static volatile CountDownLatch running;
    private static volatile RuntimeException failure;

    private JsiiPreload() {
    }

    /** Starts the preload (once per JVM). */
    public static synchronized void start() {
        if (running != null) {
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        running = done;
        Thread thread = new Thread(() -> {
            try {
                JsiiEngine.getInstance().loadModule(com.hashicorp.cdktf.providers.aws.$Module.class);
            } catch (RuntimeException e) {
                failure = e;
            } catch (LinkageError e) {
                failure = new IllegalStateException("the jsii runtime could not load the AWS provider: " + e, e);
            } finally {
                done.countDown();
            }
        }, "jsii-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Waits until a started preload is done (at once when none was started).
     *
     * @throws RuntimeException the preload's own failure (the jsii runtime did not start or load the provider)
     */
    public static void await() {
        CountDownLatch done = running;
        if (done == null) {
            return;
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the jsii runtime was loading", e);
        }
        RuntimeException failed = failure;
        if (failed != null) {
            throw failed;
        }
    }
}
