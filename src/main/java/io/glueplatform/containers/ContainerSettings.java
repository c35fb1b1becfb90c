package io.glueplatform.containers;

/**
 * How the container platform runs.
 *
 * @param keepImages       tagged images each repository keeps (1 or more)
 * @param imageTag         tag the task definitions run; null: 0.1.0
 * @param forceDelete      allow destroying repositories that still hold images (dev only)
 * @param logRetentionDays retention of the task log groups
 */
public record ContainerSettings(int keepImages, String imageTag, boolean forceDelete, int logRetentionDays) {
    public ContainerSettings {
        imageTag = imageTag == null ? "0.1.0" : imageTag;
        if (keepImages < 1) {
            throw new IllegalArgumentException("containers: keepImages " + keepImages + " is not allowed; allowed: 1 or more");
        }
    }
}
