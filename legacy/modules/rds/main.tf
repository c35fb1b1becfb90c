variable "environment" { type = string }
variable "vpc_id" { type = string }
variable "subnet_ids" { type = list(string) }
variable "kms_key_arn" { type = string }
variable "log_retention_days" { type = number }
variable "settings" {
  type = object({
    identifier              = string
    engine_version          = string
    instance_class          = string
    allocated_storage       = number
    max_allocated_storage   = number
    multi_az                = bool
    backup_retention_period = number
    deletion_protection     = bool
    skip_final_snapshot     = bool
    db_name                 = string
    username                = string
  })
}
variable "clients" {
  description = "name -> security group admitted to MySQL (ingress on the RDS group, egress on the client's group)"
  type        = map(object({ security_group_id = string, description = string }))
}

locals {
  identifier = "${var.environment}-${var.settings.identifier}"
  log_types  = ["error", "general", "slowquery"]
}

resource "aws_security_group" "rds" {
  name        = "${var.environment}-rds-sg-this"
  description = "MySQL: clients admitted by security group only"
  vpc_id      = var.vpc_id
  tags        = { Name = "${var.environment}-rds-sg-this" }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "mysql_from" {
  for_each                     = var.clients
  security_group_id            = aws_security_group.rds.id
  description                  = each.value.description
  ip_protocol                  = "tcp"
  from_port                    = 3306
  to_port                      = 3306
  referenced_security_group_id = each.value.security_group_id
  tags                         = { Name = "${var.environment}-rds-sg-in-mysql-from-${replace(each.key, "_", "-")}" }
}

resource "aws_vpc_security_group_egress_rule" "mysql_to_rds" {
  for_each                     = var.clients
  security_group_id            = each.value.security_group_id
  description                  = each.value.description
  ip_protocol                  = "tcp"
  from_port                    = 3306
  to_port                      = 3306
  referenced_security_group_id = aws_security_group.rds.id
  tags                         = { Name = "${var.environment}-${replace(each.key, "_", "-")}-sg-out-mysql-to-rds" }
}

resource "aws_db_subnet_group" "main" {
  name        = "${var.environment}-rds-private"
  description = "Private subnets of the ${var.environment} database"
  subnet_ids  = var.subnet_ids
  tags        = { Name = "${var.environment}-rds-private" }
}

resource "aws_db_parameter_group" "mysql" {
  name        = "${var.environment}-rds-mysql-tls"
  family      = "mysql${var.settings.engine_version}"
  description = "MySQL with TLS required and slow query log"

  parameter {
    name         = "require_secure_transport"
    value        = "1"
    apply_method = "pending-reboot"
  }
  parameter {
    name         = "slow_query_log"
    value        = "1"
    apply_method = "pending-reboot"
  }
  parameter {
    name         = "long_query_time"
    value        = "2"
    apply_method = "pending-reboot"
  }
  parameter {
    name         = "log_output"
    value        = "FILE"
    apply_method = "pending-reboot"
  }

  tags = { Name = "${var.environment}-rds-mysql-tls" }
  lifecycle {
    create_before_destroy = true
  }
}

# Created before the instance so the exported logs get retention and the key.
resource "aws_cloudwatch_log_group" "mysql" {
  for_each          = toset(local.log_types)
  name              = "/aws/rds/instance/${local.identifier}/${each.key}"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.kms_key_arn
  tags              = { Name = "${var.environment}-rds-log-${each.key}" }
}

resource "aws_db_instance" "mysql" {
  identifier     = local.identifier
  engine         = "mysql"
  engine_version = var.settings.engine_version
  instance_class = var.settings.instance_class

  allocated_storage     = var.settings.allocated_storage
  max_allocated_storage = var.settings.max_allocated_storage
  storage_type          = "gp3"
  storage_encrypted     = true
  kms_key_id            = var.kms_key_arn

  db_name                             = var.settings.db_name
  username                            = var.settings.username
  manage_master_user_password         = true
  master_user_secret_kms_key_id       = var.kms_key_arn
  iam_database_authentication_enabled = true
  port                                = 3306
  ca_cert_identifier                  = "rds-ca-rsa2048-g1"

  db_subnet_group_name   = aws_db_subnet_group.main.name
  vpc_security_group_ids = [aws_security_group.rds.id]
  parameter_group_name   = aws_db_parameter_group.mysql.name
  publicly_accessible    = false
  multi_az               = var.settings.multi_az

  backup_retention_period     = var.settings.backup_retention_period
  backup_window               = "03:00-04:00"
  maintenance_window          = "sun:04:30-sun:05:30"
  copy_tags_to_snapshot       = true
  delete_automated_backups    = true
  deletion_protection         = var.settings.deletion_protection
  skip_final_snapshot         = var.settings.skip_final_snapshot
  final_snapshot_identifier   = var.settings.skip_final_snapshot ? null : "${local.identifier}-final"
  auto_minor_version_upgrade  = true
  allow_major_version_upgrade = false
  apply_immediately           = false

  enabled_cloudwatch_logs_exports = local.log_types

  tags       = { Name = "${var.environment}-rds-this" }
  depends_on = [aws_cloudwatch_log_group.mysql]
}

output "address" {
  value = aws_db_instance.mysql.address
}

output "port" {
  value = aws_db_instance.mysql.port
}

output "db_name" {
  value = aws_db_instance.mysql.db_name
}

output "secret_arn" {
  value = aws_db_instance.mysql.master_user_secret[0].secret_arn
}
