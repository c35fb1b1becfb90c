package io.glueplatform.cdk;

import com.hashicorp.cdktf.TerraformStack;
import software.constructs.Construct;

/**
 * A stack that references no other stack: each of the platform's stacks is planned and applied on its own (an
 * environment, or its state bootstrap stack, whose backend names come from the configuration, not from another
 * stack's resources).
 *
 * <p>Before writing anything, CDKTF resolves every element of every stack once more in a "preparing" pass
 * ({@code TerraformStack.prepareStack}), only to find references from one stack to another and turn them into an
 * output there and a remote-state data source here. A stack that stands alone has none, so that pass is skipped: it
 * was a third of what writing a stack costs in Node (≈ 20 ms of ≈ 70 ms per stack; issue 14), and the output is byte
 * for byte the same.
 *
 * <p>What keeps that true: {@code StandaloneStackTest} builds every shipped environment's stacks, for every target, in
 * one app as a synth does, runs CDKTF's own pass over them ({@link #prepareWithCrossStackReferences}) and fails on any
 * output or lookup it adds. At synth time a reference into another stack is written as that stack's address: one this
 * stack does not declare is refused by the checks ({@code TerraformDocument}, one sentence, exit 3), but every
 * environment uses the same addresses, so one into another environment's stack could name a resource of this one.
 */
public abstract class StandaloneStack extends TerraformStack {

    protected StandaloneStack(Construct scope, String id) {
        super(scope, id);
    }

    /** What the preparing pass does besides looking for cross-stack references: a stack without a backend gets the local one. */
    @Override
    public void prepareStack() {
        ensureBackendExists();
    }

    /** CDKTF's own preparing pass, which synthesis skips: for the test that proves no stack references another. */
    void prepareWithCrossStackReferences() {
        super.prepareStack();
    }
}
