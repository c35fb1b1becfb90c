package io.glueplatform.kms;

/**
 * @param accountId          the account whose root may administer the key through IAM
 * @param region             region of the log groups allowed to use the key
 * @param partition          ARN partition
 * @param deletionWindowDays 7..30; default 30 so a mistaken destroy can be cancelled
 */
public record PlatformKeyProps(String accountId, String region, String partition, int deletionWindowDays) {
    public PlatformKeyProps {
        if (deletionWindowDays < 7 || deletionWindowDays > 30) {
            throw new IllegalArgumentException("kms deletionWindowDays " + deletionWindowDays + " is not allowed; allowed: 7 to 30");
        }
    }

    public static PlatformKeyProps of(String accountId, String region, String partition) {
        return new PlatformKeyProps(accountId, region, partition, 30);
    }
}
