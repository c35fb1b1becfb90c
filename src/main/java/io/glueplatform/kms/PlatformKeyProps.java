package io.glueplatform.kms;

import io.glueplatform.cdk.Required;
import io.glueplatform.iam.AwsScope;

/**
 * @param scope              the account whose root may administer the key through IAM, the region of the log groups
 *                           allowed to use it, the ARN partition; required
 * @param deletionWindowDays 7..30; default 30 so a mistaken destroy can be cancelled
 */
public record PlatformKeyProps(AwsScope scope, int deletionWindowDays) {
    public PlatformKeyProps {
        Required.value(scope, "kms", "scope");
        if (deletionWindowDays < 7 || deletionWindowDays > 30) {
            throw new IllegalArgumentException("kms deletionWindowDays " + deletionWindowDays + " is not allowed; allowed: 7 to 30");
        }
    }

    public static PlatformKeyProps of(AwsScope scope) {
        return new PlatformKeyProps(scope, 30);
    }
}
