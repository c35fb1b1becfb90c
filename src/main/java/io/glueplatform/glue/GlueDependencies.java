package io.glueplatform.glue;

import io.glueplatform.cdk.Required;
import io.glueplatform.iam.AwsScope;
import io.glueplatform.kms.PlatformKey;
import io.glueplatform.storage.DataLake;
import io.glueplatform.vpc.Network;

/**
 * What the Glue pipeline is built on; every value is required.
 *
 * @param scope   partition, region and account of its role's ARNs
 * @param network one NETWORK connection per private subnet, in order (the first is where ENIs go)
 * @param key     security configuration, log groups, uploads, the job role's key use
 * @param lake    scripts and scratch, the data the jobs read and write
 * @param catalog the jobs of glue-scripts/ and their library bundle
 */
public record GlueDependencies(AwsScope scope, Network network, PlatformKey key, DataLake lake, JobCatalog catalog) {
    public GlueDependencies {
        Required.all("glue", "scope", scope, "network", network, "key", key, "lake", lake, "catalog", catalog);
    }
}
