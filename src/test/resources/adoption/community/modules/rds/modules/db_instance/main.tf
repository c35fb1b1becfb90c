variable "create" {
  type    = bool
  default = true
}
variable "identifier" { type = string }
variable "db_subnet_group_name" { type = string }
variable "parameter_group_name" { type = string }
variable "vpc_security_group_ids" { type = list(string) }
variable "kms_key_arn" { type = string }

locals {
  log_exports = ["error", "general", "slowquery"]
}

resource "aws_cloudwatch_log_group" "this" {
  for_each          = toset(var.create ? local.log_exports : [])
  name              = "/aws/rds/instance/${var.identifier}/${each.value}"
  retention_in_days = 14
  kms_key_id        = var.kms_key_arn
  tags              = { Name = "dev-rds-log-${each.value}" }
}

resource "aws_db_instance" "this" {
  count                               = var.create ? 1 : 0
  identifier                          = var.identifier
  engine                              = "mysql"
  engine_version                      = "8.0"
  instance_class                      = "db.t3.micro"
  allocated_storage                   = 20
  max_allocated_storage               = 100
  storage_type                        = "gp3"
  storage_encrypted                   = true
  kms_key_id                          = var.kms_key_arn
  db_name                             = "customers"
  username                            = "dbadmin"
  manage_master_user_password         = true
  master_user_secret_kms_key_id       = var.kms_key_arn
  iam_database_authentication_enabled = true
  port                                = 3306
  ca_cert_identifier                  = "rds-ca-rsa2048-g1"
  db_subnet_group_name                = var.db_subnet_group_name
  vpc_security_group_ids              = var.vpc_security_group_ids
  parameter_group_name                = var.parameter_group_name
  publicly_accessible                 = false
  multi_az                            = false
  backup_retention_period             = 1
  backup_window                       = "03:00-04:00"
  maintenance_window                  = "sun:04:30-sun:05:30"
  copy_tags_to_snapshot               = true
  delete_automated_backups            = true
  deletion_protection                 = false
  skip_final_snapshot                 = true
  auto_minor_version_upgrade          = true
  allow_major_version_upgrade         = false
  apply_immediately                   = false
  enabled_cloudwatch_logs_exports     = local.log_exports
  tags                                = { Name = "dev-rds-this" }
  depends_on                          = [aws_cloudwatch_log_group.this]
}
