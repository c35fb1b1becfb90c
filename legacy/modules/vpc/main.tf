variable "environment" { type = string }
variable "region" { type = string }
variable "availability_zones" { type = list(string) }
variable "vpc_cidr" { type = string }
variable "public_subnet_cidrs" { type = list(string) }
variable "private_subnet_cidrs" { type = list(string) }
variable "single_nat_gateway" { type = bool }
variable "interface_endpoints" { type = list(string) }
variable "kms_key_arn" { type = string }
variable "log_retention_days" { type = number }

locals {
  # AZ name -> index / short suffix (us-east-2a -> a) / CIDRs
  zones = { for i, az in var.availability_zones : az => {
    index        = i
    suffix       = substr(az, length(az) - 1, 1)
    public_cidr  = var.public_subnet_cidrs[i]
    private_cidr = var.private_subnet_cidrs[i]
  } }
  nat_zones = var.single_nat_gateway ? { (var.availability_zones[0]) = local.zones[var.availability_zones[0]] } : local.zones
}

resource "aws_vpc" "main" {
  cidr_block           = var.vpc_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags                 = { Name = "${var.environment}-vpc-this" }
}

# Nothing should rely on the default group: managing it with no rules empties it.
resource "aws_default_security_group" "default" {
  vpc_id  = aws_vpc.main.id
  ingress = []
  egress  = []
  tags    = { Name = "${var.environment}-vpc-default" }
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
  tags   = { Name = "${var.environment}-vpc-this" }
}

resource "aws_subnet" "public" {
  for_each                = local.zones
  vpc_id                  = aws_vpc.main.id
  availability_zone       = each.key
  cidr_block              = each.value.public_cidr
  map_public_ip_on_launch = false
  tags                    = { Name = "${var.environment}-vpc-public-${each.value.suffix}", Tier = "public" }
}

resource "aws_subnet" "private" {
  for_each                = local.zones
  vpc_id                  = aws_vpc.main.id
  availability_zone       = each.key
  cidr_block              = each.value.private_cidr
  map_public_ip_on_launch = false
  tags                    = { Name = "${var.environment}-vpc-private-${each.value.suffix}", Tier = "private" }
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.main.id
  tags   = { Name = "${var.environment}-vpc-public" }
}

resource "aws_route" "public_internet" {
  route_table_id         = aws_route_table.public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.main.id
}

resource "aws_route_table_association" "public" {
  for_each       = local.zones
  subnet_id      = aws_subnet.public[each.key].id
  route_table_id = aws_route_table.public.id
}

resource "aws_eip" "nat" {
  for_each = local.nat_zones
  domain   = "vpc"
  tags     = { Name = "${var.environment}-vpc-nat-${each.value.suffix}" }
}

resource "aws_nat_gateway" "main" {
  for_each          = local.nat_zones
  allocation_id     = aws_eip.nat[each.key].id
  subnet_id         = aws_subnet.public[each.key].id
  connectivity_type = "public"
  tags              = { Name = "${var.environment}-vpc-nat-${each.value.suffix}" }
  depends_on        = [aws_internet_gateway.main]
}

resource "aws_route_table" "private" {
  for_each = local.zones
  vpc_id   = aws_vpc.main.id
  tags     = { Name = "${var.environment}-vpc-private-${each.value.suffix}" }
}

resource "aws_route" "private_nat" {
  for_each               = local.zones
  route_table_id         = aws_route_table.private[each.key].id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = var.single_nat_gateway ? aws_nat_gateway.main[var.availability_zones[0]].id : aws_nat_gateway.main[each.key].id
}

resource "aws_route_table_association" "private" {
  for_each       = local.zones
  subnet_id      = aws_subnet.private[each.key].id
  route_table_id = aws_route_table.private[each.key].id
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id            = aws_vpc.main.id
  service_name      = "com.amazonaws.${var.region}.s3"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = [for az in var.availability_zones : aws_route_table.private[az].id]
  tags              = { Name = "${var.environment}-vpc-s3" }
}

resource "aws_security_group" "endpoints" {
  name        = "${var.environment}-vpc-endpoints-sg-this"
  description = "Interface endpoints: HTTPS from inside the VPC"
  vpc_id      = aws_vpc.main.id
  tags        = { Name = "${var.environment}-vpc-endpoints-sg-this" }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "endpoints_https" {
  security_group_id = aws_security_group.endpoints.id
  description       = "HTTPS to AWS service endpoints from the VPC"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = var.vpc_cidr
  tags              = { Name = "${var.environment}-vpc-endpoints-sg-in-https-from-vpc" }
}

resource "aws_vpc_endpoint" "interface" {
  for_each            = toset(var.interface_endpoints)
  vpc_id              = aws_vpc.main.id
  service_name        = "com.amazonaws.${var.region}.${each.key}"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
  subnet_ids          = [for az in var.availability_zones : aws_subnet.private[az].id]
  security_group_ids  = [aws_security_group.endpoints.id]
  tags                = { Name = "${var.environment}-vpc-${each.key}" }
}

# Glue: self-referencing security group (Spark driver and executors talk on dynamic ports).
resource "aws_security_group" "glue" {
  name        = "${var.environment}-glue-sg-this"
  description = "Glue ENIs: Spark driver and executors reach each other on any TCP port"
  vpc_id      = aws_vpc.main.id
  tags        = { Name = "${var.environment}-glue-sg-this" }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "glue_self" {
  security_group_id            = aws_security_group.glue.id
  description                  = "Spark driver/executor RPC and shuffle between Glue ENIs"
  ip_protocol                  = "tcp"
  from_port                    = 0
  to_port                      = 65535
  referenced_security_group_id = aws_security_group.glue.id
  tags                         = { Name = "${var.environment}-glue-sg-in-all-tcp" }
}

resource "aws_vpc_security_group_egress_rule" "glue_self" {
  security_group_id            = aws_security_group.glue.id
  description                  = "Spark driver/executor RPC and shuffle between Glue ENIs"
  ip_protocol                  = "tcp"
  from_port                    = 0
  to_port                      = 65535
  referenced_security_group_id = aws_security_group.glue.id
  tags                         = { Name = "${var.environment}-glue-sg-out-all-tcp" }
}

resource "aws_vpc_security_group_egress_rule" "glue_https" {
  security_group_id = aws_security_group.glue.id
  description       = "HTTPS to S3 (gateway endpoint), Glue, CloudWatch and Secrets Manager APIs"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
  tags              = { Name = "${var.environment}-glue-sg-out-https" }
}

# Flow logs to a KMS-encrypted log group.
resource "aws_cloudwatch_log_group" "flow_logs" {
  name              = "/aws/vpc/flow-logs/${var.environment}-vpc-this"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.kms_key_arn
  tags              = { Name = "${var.environment}-vpc-flow-logs" }
}

resource "aws_iam_role" "flow_logs" {
  name = "${var.environment}-vpc-flow-logs"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AssumeRole"
      Effect    = "Allow"
      Principal = { Service = "vpc-flow-logs.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
  tags = { Name = "${var.environment}-vpc-flow-logs" }
}

resource "aws_iam_role_policy" "flow_logs" {
  name = "write-flow-logs"
  role = aws_iam_role.flow_logs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "WriteThisVpcsFlowLogGroup"
      Effect   = "Allow"
      Action   = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"]
      Resource = [aws_cloudwatch_log_group.flow_logs.arn, "${aws_cloudwatch_log_group.flow_logs.arn}:*"]
    }]
  })
}

resource "aws_flow_log" "main" {
  vpc_id                   = aws_vpc.main.id
  traffic_type             = "ALL"
  log_destination_type     = "cloud-watch-logs"
  log_destination          = aws_cloudwatch_log_group.flow_logs.arn
  iam_role_arn             = aws_iam_role.flow_logs.arn
  max_aggregation_interval = 60
  tags                     = { Name = "${var.environment}-vpc-this" }
}

output "vpc_id" {
  value = aws_vpc.main.id
}

output "private_subnet_ids" {
  value = [for az in var.availability_zones : aws_subnet.private[az].id]
}

output "private_subnets" {
  description = "AZ -> subnet id and CIDR, for the Glue NETWORK connections"
  value       = { for az, z in local.zones : az => { id = aws_subnet.private[az].id, cidr = z.private_cidr } }
}

output "glue_security_group_id" {
  value = aws_security_group.glue.id
}
