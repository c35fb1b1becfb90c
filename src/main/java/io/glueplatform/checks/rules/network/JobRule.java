package io.glueplatform.checks.rules.network;

import io.glueplatform.checks.Rule;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import io.glueplatform.preflight.NetworkModel;

/**
 * What the Glue network rules share: they judge one aws_glue_job against the network graph of the stack
 * ({@link NetworkModel}, built once per run and shared by all of them).
 */
abstract class JobRule implements Rule {

    @Override
    public final Verdict check(Resource resource, StackModel stack) {
        NetworkModel model = stack.view(NetworkModel.class, NetworkModel::of);
        return check(model.jobs().get(resource.address()), model, Verdict.builder());
    }

    /** The verdict on one job; collect violations in {@code verdict} and return {@code verdict.build()}. */
    abstract Verdict check(NetworkModel.Job job, NetworkModel model, Verdict.Builder verdict);
}
