# ---------------------------------------------------------------------------------------------------
# EMULATOR-ONLY SETTINGS (local moto server). Nothing in this file applies to real AWS: with
# emulator_endpoint unset (the default) every value below is null/false.
# The Java program keeps the same provider settings in io.glueplatform.stack.EmulatorSettings.
#
#   terraform apply -var-file=dev.tfvars -var emulator_endpoint=http://127.0.0.1:5000
#
# - fake keys, no credential/metadata/region validation, path-style S3; the account id IS requested
#   (moto answers 123456789012, which Glue ARNs need), so skip_requesting_account_id stays unset;
# - the emulator is moto started through scripts/emulator/launcher.py, whose patches close moto's gaps
#   (policy conditions such as the TLS-only "Deny ... Bool aws:SecureTransport=false", Glue connection
#   read-back/update/delete, attribute read-back): the resources are the same as on AWS.
# ---------------------------------------------------------------------------------------------------

variable "emulator_endpoint" {
  description = "URL of a local AWS emulator (moto), e.g. http://127.0.0.1:5000. Unset (null) for real AWS."
  type        = string
  default     = null
}

locals {
  emulator = var.emulator_endpoint != null

  emulator_provider = {
    access_key                  = local.emulator ? "emulator" : null
    secret_key                  = local.emulator ? "emulator" : null
    skip_credentials_validation = local.emulator ? true : null
    skip_metadata_api_check     = local.emulator ? true : null
    skip_region_validation      = local.emulator ? true : null
    s3_use_path_style           = local.emulator ? true : null
  }

  # The patched emulator evaluates the TLS-only bucket-policy Deny as AWS does (scripts/emulator/patches/).
  deny_insecure_transport = true
}
