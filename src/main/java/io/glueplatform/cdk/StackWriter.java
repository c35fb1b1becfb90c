package io.glueplatform.cdk;

import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.ISynthesisSession;
import com.hashicorp.cdktf.Manifest;

import java.util.List;

/**
 * Writes an app's stacks one at a time, each as soon as it is built, where {@code App.synth()} writes them all at the
 * end: then the checks of a written stack run on another core while the next stack is built (jsii keeps one core busy
 * at most: Java and Node take turns). The output is byte for byte what {@code App.synth()} writes, provided the stacks
 * are written in the order they were created (the manifest lists them in that order) and each stands alone (that
 * synth first prepares every stack, so that one stack's references can add outputs to another already built; a
 * {@link StandaloneStack} has no such references).
 *
 * <p>Like {@code App.synth()}: each stack's aspects, validations and annotations (in its synthesizer), then the app's
 * own validations, then manifest.json.
 */
public final class StackWriter {

    private final App app;
    private final ISynthesisSession session;
    private boolean finished;

    public StackWriter(App app) {
        this.app = app;
        // Node reads the session's three properties through callbacks into Java: values kept here cost no round trip.
        this.session = new Session(app.getOutdir(), app.getManifest(), app.getSkipValidation());
    }

    /** Writes {@code stack} to stacks/&lt;id&gt;/cdk.tf.json of the app's folder. */
    public void write(StandaloneStack stack) {
        if (finished) {
            throw new IllegalStateException("stack " + stack.getNode().getId() + " written after the manifest");
        }
        stack.prepareStack();
        stack.getSynthesizer().synthesize(session);
    }

    /** The app's own validations (App.synth() runs them after the stacks'), then manifest.json naming the written stacks. */
    public void finish() {
        finished = true;
        if (!Boolean.TRUE.equals(app.getSkipValidation())) {
            List<String> validations = app.getNode().validate();
            if (!validations.isEmpty()) {
                throw new IllegalStateException("App level validation failed with the following errors:\n  "
                        + String.join("\n  ", validations));
            }
        }
        app.getManifest().writeToFile();
    }

    /**
     * A plain class, not a record: jsii hands Node every public method of it as an override, and a record's toString
     * would replace the JavaScript object's.
     */
    private static final class Session implements ISynthesisSession {
        private final String outdir;
        private final Manifest manifest;
        private final Boolean skipValidation;

        Session(String outdir, Manifest manifest, Boolean skipValidation) {
            this.outdir = outdir;
            this.manifest = manifest;
            this.skipValidation = skipValidation;
        }

        @Override
        public String getOutdir() {
            return outdir;
        }

        @Override
        public Manifest getManifest() {
            return manifest;
        }

        @Override
        public Boolean getSkipValidation() {
            return skipValidation;
        }
    }
}
