package io.glueplatform.connectivity;

import com.hashicorp.cdktf.TerraformProvider;
import io.glueplatform.cdk.Required;
import io.glueplatform.iam.AwsScope;

/**
 * Where a connectivity store lives: the partition, region and account of its side, and the aliased provider that
 * creates its resources there.
 *
 * @param scope    partition, region and account of the store's side; required
 * @param provider aliased provider of that region/account; null: the stack's default provider (same region)
 */
public record StoreLocation(AwsScope scope, TerraformProvider provider) {
    public StoreLocation {
        Required.value(scope, "store location", "scope");
    }

    public String region() {
        return scope.region();
    }
}
