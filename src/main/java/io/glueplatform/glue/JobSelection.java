package io.glueplatform.glue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which pipeline jobs of glue-scripts/ an environment deploys. A job that reads or writes a store belongs to that
 * store's feature: it is deployed exactly where the store exists (warehouse-load with connectivity.crossRegionStore,
 * orders-enrichment with connectivity.peeredVpc, a MySQL job only inside the VPC). Nothing is dropped unseen: every
 * job not deployed is listed with the sentence that says why ({@link #notDeployed()}), and a job named explicitly
 * (the four-argument {@link GluePipeline} constructor) whose store is missing is an error ({@link #requireStores}).
 *
 * @param deployed    the jobs the pipeline creates, in catalog order
 * @param notDeployed job name → why it is not deployed (environment, job, store, what exists)
 */
public record JobSelection(List<GlueJobSpec> deployed, Map<String, String> notDeployed) {

    public JobSelection {
        deployed = List.copyOf(deployed);
        notDeployed = Collections.unmodifiableMap(new LinkedHashMap<>(notDeployed));
    }

    /** Splits {@code jobs} by whether {@code reachable} has every store a job names. */
    public static JobSelection of(String environment, List<GlueJobSpec> jobs, List<StoreKind> reachable, String whatExists) {
        List<GlueJobSpec> deployed = new ArrayList<>();
        Map<String, String> notDeployed = new LinkedHashMap<>();
        for (GlueJobSpec job : jobs) {
            String missing = missingStore(environment, job, reachable, whatExists);
            if (missing == null) {
                deployed.add(job);
            } else {
                notDeployed.put(job.jobName(), missing);
            }
        }
        return new JobSelection(deployed, notDeployed);
    }

    /** Refuses a job whose store the environment does not have, in one sentence. */
    static void requireStores(String environment, GlueJobSpec job, List<StoreKind> reachable, String whatExists) {
        String missing = missingStore(environment, job, reachable, whatExists);
        if (missing != null) {
            throw new io.glueplatform.config.ConfigException(missing);
        }
    }

    private static String missingStore(String environment, GlueJobSpec job, List<StoreKind> reachable, String whatExists) {
        for (StoreKind store : job.stores()) {
            if (!reachable.contains(store)) {
                return environment + ": Glue job " + job.jobName() + " needs store " + store
                        + ", which this environment does not have; stores it has: " + whatExists;
            }
        }
        return null;
    }
}
