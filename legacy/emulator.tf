# ---------------------------------------------------------------------------------------------------
# EMULATOR-ONLY SETTINGS (local moto server). Nothing in this file applies to real AWS: with
# emulator_endpoint unset (the default) every value below is null/false.
# The Java program keeps the same workarounds in io.glueplatform.stack.EmulatorSettings.
#
#   terraform apply -var-file=dev.tfvars -var emulator_endpoint=http://127.0.0.1:5000
#
# - fake keys, no credential/metadata/region validation, path-style S3; the account id IS requested
#   (moto answers 123456789012, which Glue ARNs need), so skip_requesting_account_id stays unset;
# - moto evaluates no condition operator except StringEquals in bucket policies, so it would apply the
#   TLS-only "Deny ... Bool aws:SecureTransport=false" to every request: on the emulator the storage
#   module leaves conditional Deny statements out (deny_insecure_transport = false), and a bucket
#   policy left without statements is not created;
# - moto reads some attributes back differently from what was applied (EmulatorSettings.IGNORED_DRIFT:
#   glue connection_type, db parameter group parameters, security-group-rule descriptions, launch
#   template tag_specifications, instance associate_public_ip_address/vpc_security_group_ids).
#   Terraform cannot make ignore_changes conditional, so this reference configuration does not ignore
#   them: a second plan of legacy/ on moto shows those attributes. The migration plan is made with the
#   synthesized stack, which ignores them on the EMULATOR target.
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

  # moto cannot evaluate the TLS-only bucket-policy Deny (see above).
  deny_insecure_transport = !local.emulator
}
