# Adoption fixture 2: a flat root module as a team might have written it by hand — no modules, count-indexed
# resources, and different Terraform names (and some different Name tags) everywhere. Scope: the network,
# the key, the database with its security groups, the lake bucket and the Glue role of the dev environment,
# plus one bucket the platform does not manage (aws_s3_bucket.archive → a `removed` decision).
# Values that force replacement (names, CIDRs, descriptions of security groups and groups, KMS key, DB
# settings) are those of the dev stack: it is the same infrastructure under other addresses.

locals {
  zones         = ["us-east-2a", "us-east-2b"]
  public_cidrs  = ["10.0.1.0/24", "10.0.2.0/24"]
  private_cidrs = ["10.0.10.0/24", "10.0.20.0/24"]
  db_logs       = ["error", "general", "slowquery"]
  account       = "123456789012"
}

resource "aws_kms_key" "platform" {
  description             = "glue-platform dev: data, logs and secrets at rest"
  deletion_window_in_days = 30
  enable_key_rotation     = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountAdministersKeyThroughIam"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${local.account}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "CloudWatchLogsEncryptsThisAccountsLogGroups"
        Effect    = "Allow"
        Principal = { Service = "logs.us-east-2.amazonaws.com" }
        Action    = ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]
        Resource  = "*"
        Condition = {
          ArnLike = { "kms:EncryptionContext:aws:logs:arn" = "arn:aws:logs:us-east-2:${local.account}:log-group:*" }
        }
      },
    ]
  })
  tags = { Name = "platform-key" }
}

resource "aws_kms_alias" "platform" {
  name          = "alias/glue-platform-dev"
  target_key_id = aws_kms_key.platform.key_id
}

resource "aws_vpc" "network" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags                 = { Name = "data-network" }
}

resource "aws_internet_gateway" "gw" {
  vpc_id = aws_vpc.network.id
  tags   = { Name = "dev-vpc-this" }
}

resource "aws_subnet" "edge" {
  count                   = 2
  vpc_id                  = aws_vpc.network.id
  availability_zone       = local.zones[count.index]
  cidr_block              = local.public_cidrs[count.index]
  map_public_ip_on_launch = false
  tags                    = { Name = "edge-${count.index}", Tier = "public" }
}

resource "aws_subnet" "app" {
  count                   = 2
  vpc_id                  = aws_vpc.network.id
  availability_zone       = local.zones[count.index]
  cidr_block              = local.private_cidrs[count.index]
  map_public_ip_on_launch = false
  tags                    = { Name = "app-${count.index}", Tier = "private" }
}

resource "aws_route_table" "edge" {
  vpc_id = aws_vpc.network.id
  tags   = { Name = "edge" }
}

resource "aws_route" "edge_default" {
  route_table_id         = aws_route_table.edge.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.gw.id
}

resource "aws_route_table_association" "edge" {
  count          = 2
  subnet_id      = aws_subnet.edge[count.index].id
  route_table_id = aws_route_table.edge.id
}

resource "aws_eip" "egress" {
  count  = 1
  domain = "vpc"
  tags   = { Name = "egress-${count.index}" }
}

resource "aws_nat_gateway" "egress" {
  count             = 1
  allocation_id     = aws_eip.egress[count.index].id
  subnet_id         = aws_subnet.edge[count.index].id
  connectivity_type = "public"
  tags              = { Name = "egress-${count.index}" }
  depends_on        = [aws_internet_gateway.gw]
}

resource "aws_route_table" "app" {
  count  = 2
  vpc_id = aws_vpc.network.id
  tags   = { Name = "app-${count.index}" }
}

resource "aws_route" "app_default" {
  count                  = 2
  route_table_id         = aws_route_table.app[count.index].id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.egress[0].id
}

resource "aws_route_table_association" "app" {
  count          = 2
  subnet_id      = aws_subnet.app[count.index].id
  route_table_id = aws_route_table.app[count.index].id
}

resource "aws_security_group" "etl" {
  name        = "dev-glue-sg-this"
  description = "Glue ENIs: Spark driver and executors reach each other on any TCP port"
  vpc_id      = aws_vpc.network.id
  tags        = { Name = "dev-glue-sg-this" }
}

resource "aws_security_group" "database" {
  name        = "dev-rds-sg-this"
  description = "MySQL: clients admitted by security group only"
  vpc_id      = aws_vpc.network.id
  tags        = { Name = "dev-rds-sg-this" }
}

resource "aws_vpc_security_group_ingress_rule" "db_from_etl" {
  security_group_id            = aws_security_group.database.id
  description                  = "MySQL from Glue jobs"
  ip_protocol                  = "tcp"
  from_port                    = 3306
  to_port                      = 3306
  referenced_security_group_id = aws_security_group.etl.id
  tags                         = { Name = "dev-rds-sg-in-mysql-from-glue" }
}

resource "aws_db_subnet_group" "db" {
  name        = "dev-rds-private"
  description = "Private subnets of the dev database"
  subnet_ids  = aws_subnet.app[*].id
  tags        = { Name = "dev-rds-private" }
}

resource "aws_db_parameter_group" "db" {
  name        = "dev-rds-mysql-tls"
  family      = "mysql8.0"
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
  tags = { Name = "dev-rds-mysql-tls" }
}

resource "aws_cloudwatch_log_group" "db" {
  count             = length(local.db_logs)
  name              = "/aws/rds/instance/dev-mysql/${local.db_logs[count.index]}"
  retention_in_days = 14
  kms_key_id        = aws_kms_key.platform.arn
  tags              = { Name = "dev-rds-log-${local.db_logs[count.index]}" }
}

resource "aws_db_instance" "db" {
  identifier                          = "dev-mysql"
  engine                              = "mysql"
  engine_version                      = "8.0"
  instance_class                      = "db.t3.micro"
  allocated_storage                   = 20
  max_allocated_storage               = 100
  storage_type                        = "gp3"
  storage_encrypted                   = true
  kms_key_id                          = aws_kms_key.platform.arn
  db_name                             = "customers"
  username                            = "dbadmin"
  manage_master_user_password         = true
  master_user_secret_kms_key_id       = aws_kms_key.platform.arn
  iam_database_authentication_enabled = true
  port                                = 3306
  ca_cert_identifier                  = "rds-ca-rsa2048-g1"
  db_subnet_group_name                = aws_db_subnet_group.db.name
  vpc_security_group_ids              = [aws_security_group.database.id]
  parameter_group_name                = aws_db_parameter_group.db.name
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
  enabled_cloudwatch_logs_exports     = local.db_logs
  tags                                = { Name = "dev-rds-this" }
  depends_on                          = [aws_cloudwatch_log_group.db]
}

resource "aws_s3_bucket" "datalake" {
  bucket        = "glueplat-dev-lake-${local.account}-us-east-2"
  force_destroy = true
  tags          = { Name = "dev-s3-lake-this" }
}

resource "aws_s3_bucket_versioning" "datalake" {
  bucket = aws_s3_bucket.datalake.id
  versioning_configuration {
    status = "Enabled"
  }
}

# Not part of the platform: make adopt lists it as legacy-only and decides `removed` (kept in AWS).
resource "aws_s3_bucket" "archive" {
  bucket        = "glueplat-dev-archive-${local.account}-us-east-2"
  force_destroy = true
  tags          = { Name = "archive" }
}

resource "aws_iam_role" "etl" {
  name                 = "dev-iam-glue-job"
  description          = "Glue ETL jobs and crawlers of the platform"
  max_session_duration = 3600
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AssumeRole"
      Effect    = "Allow"
      Principal = { Service = "glue.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
  tags = { Name = "dev-iam-glue-job" }
}
