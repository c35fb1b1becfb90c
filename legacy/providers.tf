# Real AWS by default. Everything that differs on the local emulator comes from emulator.tf
# (local.emulator_*); with emulator_endpoint unset those values are null and the block is a plain
# provider for the current credentials.
provider "aws" {
  region              = var.region
  allowed_account_ids = local.emulator ? null : [var.account_id]

  access_key                  = local.emulator_provider.access_key
  secret_key                  = local.emulator_provider.secret_key
  skip_credentials_validation = local.emulator_provider.skip_credentials_validation
  skip_metadata_api_check     = local.emulator_provider.skip_metadata_api_check
  skip_region_validation      = local.emulator_provider.skip_region_validation
  s3_use_path_style           = local.emulator_provider.s3_use_path_style

  dynamic "endpoints" {
    for_each = local.emulator ? [var.emulator_endpoint] : []
    content {
      cloudwatch     = endpoints.value
      ec2            = endpoints.value
      glue           = endpoints.value
      iam            = endpoints.value
      kms            = endpoints.value
      logs           = endpoints.value
      rds            = endpoints.value
      s3             = endpoints.value
      secretsmanager = endpoints.value
      ssm            = endpoints.value
      sts            = endpoints.value
    }
  }

  default_tags {
    tags = var.tags
  }
}
