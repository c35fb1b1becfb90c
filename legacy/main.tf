# Legacy HCL reference configuration: the module layout teams ran before the CDKTF program
# (module "vpc", module "glue_pipeline", rds, ec2, iam, ...). It describes the same infrastructure
# as the program's dev stack; docs/migration.md maps every address here to the program's address.

module "kms" {
  source      = "./modules/kms"
  environment = var.environment
  account_id  = var.account_id
  region      = var.region
}

module "vpc" {
  source               = "./modules/vpc"
  environment          = var.environment
  region               = var.region
  availability_zones   = var.availability_zones
  vpc_cidr             = var.vpc_cidr
  public_subnet_cidrs  = var.public_subnet_cidrs
  private_subnet_cidrs = var.private_subnet_cidrs
  single_nat_gateway   = var.single_nat_gateway
  interface_endpoints  = var.interface_endpoints
  kms_key_arn          = module.kms.key_arn
  log_retention_days   = var.log_retention_days
}

module "storage" {
  source                             = "./modules/storage"
  environment                        = var.environment
  account_id                         = var.account_id
  region                             = var.region
  name_prefix                        = var.name_prefix
  kms_key_arn                        = module.kms.key_arn
  force_destroy                      = var.force_destroy_buckets
  noncurrent_version_expiration_days = var.noncurrent_version_expiration_days
  deny_insecure_transport            = local.deny_insecure_transport
}

module "iam" {
  source              = "./modules/iam"
  environment         = var.environment
  account_id          = var.account_id
  region              = var.region
  kms_key_arn         = module.kms.key_arn
  lake_bucket_arn     = module.storage.bucket_arns["lake"]
  scripts_bucket_arn  = module.storage.bucket_arns["scripts"]
  database_secret_arn = module.rds.secret_arn
}

module "rds" {
  source             = "./modules/rds"
  environment        = var.environment
  vpc_id             = module.vpc.vpc_id
  subnet_ids         = module.vpc.private_subnet_ids
  kms_key_arn        = module.kms.key_arn
  log_retention_days = var.log_retention_days
  settings           = var.database
  clients = {
    glue       = { security_group_id = module.vpc.glue_security_group_id, description = "MySQL from Glue jobs" }
    tools_host = { security_group_id = module.ec2.security_group_id, description = "MySQL from the Session Manager tools host" }
  }
}

module "ec2" {
  source                = "./modules/ec2"
  environment           = var.environment
  region                = var.region
  vpc_id                = module.vpc.vpc_id
  subnet_id             = module.vpc.private_subnet_ids[0]
  kms_key_arn           = module.kms.key_arn
  instance_profile_name = module.iam.ec2_instance_profile_name
  settings              = var.tools_host
  database = {
    address    = module.rds.address
    port       = module.rds.port
    name       = module.rds.db_name
    secret_arn = module.rds.secret_arn
  }
}

module "glue_pipeline" {
  source             = "./modules/glue_pipeline"
  environment        = var.environment
  vpc_id             = module.vpc.vpc_id
  subnets            = module.vpc.private_subnets
  security_group_ids = [module.vpc.glue_security_group_id]
  kms_key_arn        = module.kms.key_arn
  role_arn           = module.iam.glue_role_arn
  role_name          = module.iam.glue_role_name
  scripts_bucket     = module.storage.bucket_ids["scripts"]
  lake_bucket        = module.storage.bucket_ids["lake"]
  scripts_dir        = "${path.root}/../glue-scripts"
  log_retention_days = var.log_retention_days
  settings           = var.glue
  database = {
    name       = "mysql"
    address    = module.rds.address
    port       = module.rds.port
    db_name    = module.rds.db_name
    secret_arn = module.rds.secret_arn
  }
}
