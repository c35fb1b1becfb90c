package io.glueplatform.hosts;

/**
 * How big a host is.
 *
 * @param instanceType e.g. t3.small
 * @param rootVolumeGb encrypted gp3 root volume, at least 8 GB (the Amazon Linux 2023 image's own size)
 */
public record HostSize(String instanceType, int rootVolumeGb) {

    /** What the Kubernetes and monitoring hosts get without configuration: t3.small, 20 GB (seed 004). */
    public static final HostSize DEFAULT = new HostSize("t3.small", 20);

    public HostSize {
        if (instanceType == null || instanceType.isBlank()) {
            throw new IllegalArgumentException("hosts: a host needs an instance type, e.g. t3.small");
        }
        if (rootVolumeGb < 8) {
            throw new IllegalArgumentException("hosts: root volume of " + rootVolumeGb + " GB is too small; allowed: 8 GB or more");
        }
    }
}
