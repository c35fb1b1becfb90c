# Adoption fixture 3: laid out like the terraform-aws-modules community modules — nested modules,
# `count`-guarded singletons named `this[0]`, role-named lists (`private[0]`, `public[1]`) and
# module.db.module.db_instance.aws_db_instance.this[0]. The modules are small local stand-ins written for
# this test (nothing is downloaded); their resources carry the dev stack's values. Scope: network, key,
# database, its security groups, lake bucket and Glue role.

locals {
  account = "123456789012"
}

module "kms" {
  source      = "./modules/kms"
  description = "glue-platform dev: data, logs and secrets at rest"
  aliases     = ["glue-platform-dev"]
  account_id  = local.account
}

module "vpc" {
  source          = "./modules/vpc"
  name            = "dev"
  cidr            = "10.0.0.0/16"
  azs             = ["us-east-2a", "us-east-2b"]
  public_subnets  = ["10.0.1.0/24", "10.0.2.0/24"]
  private_subnets = ["10.0.10.0/24", "10.0.20.0/24"]
}

module "glue_sg" {
  source      = "./modules/security-group"
  name        = "dev-glue-sg-this"
  description = "Glue ENIs: Spark driver and executors reach each other on any TCP port"
  vpc_id      = module.vpc.vpc_id
  ingress     = {}
}

module "rds_sg" {
  source      = "./modules/security-group"
  name        = "dev-rds-sg-this"
  description = "MySQL: clients admitted by security group only"
  vpc_id      = module.vpc.vpc_id
  ingress = {
    "mysql-from-glue" = { port = 3306, source_security_group_id = module.glue_sg.security_group_id, description = "MySQL from Glue jobs" }
  }
}

module "db" {
  source                 = "./modules/rds"
  identifier             = "dev-mysql"
  subnet_group_name      = "dev-rds-private"
  parameter_group_name   = "dev-rds-mysql-tls"
  subnet_ids             = module.vpc.private_subnets
  vpc_security_group_ids = [module.rds_sg.security_group_id]
  kms_key_arn            = module.kms.key_arn
}

module "s3_lake" {
  source = "./modules/s3-bucket"
  bucket = "glueplat-dev-lake-${local.account}-us-east-2"
}

module "glue_role" {
  source      = "./modules/iam-assumable-role"
  role_name   = "dev-iam-glue-job"
  description = "Glue ETL jobs and crawlers of the platform"
  service     = "glue.amazonaws.com"
}
