package io.glueplatform.config;

/** Where Terraform keeps an environment's state. */
public enum BackendType {
    /** terraform-state/&lt;env&gt;.tfstate in this repository (default; never committed). */
    LOCAL,
    /** An S3 bucket, encrypted, with locking. */
    S3,
    /** HCP Terraform / Terraform Enterprise (the {@code cloud} block). */
    CLOUD
}
