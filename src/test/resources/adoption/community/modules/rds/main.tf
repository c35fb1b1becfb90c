# Like terraform-aws-modules/rds: a wrapper around three nested modules.
variable "identifier" { type = string }
variable "subnet_group_name" { type = string }
variable "parameter_group_name" { type = string }
variable "subnet_ids" { type = list(string) }
variable "vpc_security_group_ids" { type = list(string) }
variable "kms_key_arn" { type = string }

module "db_subnet_group" {
  source     = "./modules/db_subnet_group"
  name       = var.subnet_group_name
  subnet_ids = var.subnet_ids
}

module "db_parameter_group" {
  source = "./modules/db_parameter_group"
  name   = var.parameter_group_name
}

module "db_instance" {
  source                 = "./modules/db_instance"
  identifier             = var.identifier
  db_subnet_group_name   = module.db_subnet_group.name
  parameter_group_name   = module.db_parameter_group.name
  vpc_security_group_ids = var.vpc_security_group_ids
  kms_key_arn            = var.kms_key_arn
}
