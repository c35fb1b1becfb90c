# Emulator-only provider, shared by both adoption fixtures (community/providers.tf links here): they are only
# ever applied to a test's private moto server.
terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.100"
    }
  }
}

variable "emulator_endpoint" {
  description = "URL of the test's own moto server"
  type        = string
}

provider "aws" {
  region                      = "us-east-2"
  access_key                  = "emulator"
  secret_key                  = "emulator"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  s3_use_path_style           = true
  endpoints {
    ec2  = var.emulator_endpoint
    iam  = var.emulator_endpoint
    kms  = var.emulator_endpoint
    logs = var.emulator_endpoint
    rds  = var.emulator_endpoint
    s3   = var.emulator_endpoint
    sts  = var.emulator_endpoint
  }
  default_tags {
    tags = {
      Project     = "glue-platform"
      Environment = "dev"
      ManagedBy   = "cdktf"
      Owner       = "data-platform"
      CostCenter  = "data-dev"
    }
  }
}
