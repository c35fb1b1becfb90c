variable "environment" { type = string }
variable "account_id" { type = string }
variable "region" { type = string }
variable "kms_key_arn" { type = string }
variable "lake_bucket_arn" { type = string }
variable "scripts_bucket_arn" { type = string }
variable "database_secret_arn" { type = string }

locals {
  # Read the RDS-managed master secret (decrypt only through Secrets Manager).
  db_secret_read = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ReadDatabaseMasterSecret"
        Effect   = "Allow"
        Action   = ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"]
        Resource = var.database_secret_arn
      },
      {
        Sid       = "DecryptDatabaseMasterSecret"
        Effect    = "Allow"
        Action    = "kms:Decrypt"
        Resource  = var.kms_key_arn
        Condition = { StringEquals = { "kms:ViaService" = "secretsmanager.${var.region}.amazonaws.com" } }
      },
    ]
  })

  # Object access by prefix: <sid prefix>, bucket, prefixes, actions
  s3_grants = {
    "scripts-read"  = { sid = "ReadScripts", bucket = var.scripts_bucket_arn, prefixes = ["scripts/"], write = false }
    "scratch-write" = { sid = "ReadWriteScripts", bucket = var.scripts_bucket_arn, prefixes = ["temp/", "spark-logs/"], write = true }
    "lake-read"     = { sid = "ReadLake", bucket = var.lake_bucket_arn, prefixes = ["raw/", "processed/"], write = false }
    "lake-write"    = { sid = "ReadWriteLake", bucket = var.lake_bucket_arn, prefixes = ["processed/", "curated/"], write = true }
  }

  glue_policies = merge(
    {
      "kms" = jsonencode({
        Version = "2012-10-17"
        Statement = [{
          Sid      = "UsePlatformKey"
          Effect   = "Allow"
          Action   = ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext", "kms:DescribeKey"]
          Resource = var.kms_key_arn
        }]
      })
      "logs" = jsonencode({
        Version = "2012-10-17"
        Statement = [{
          Sid    = "WriteGlueLogs"
          Effect = "Allow"
          Action = ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents", "logs:AssociateKmsKey"]
          Resource = [
            "arn:aws:logs:${var.region}:${var.account_id}:log-group:/aws-glue/*",
            "arn:aws:logs:${var.region}:${var.account_id}:log-group:/aws-glue/*:*",
          ]
        }]
      })
      "db-secret-read" = local.db_secret_read
    },
    { for name, g in local.s3_grants : name => jsonencode({
      Version = "2012-10-17"
      Statement = [
        {
          Sid      = "${g.sid}Objects"
          Effect   = "Allow"
          Action   = g.write ? ["s3:GetObject", "s3:GetObjectVersion", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload"] : ["s3:GetObject", "s3:GetObjectVersion"]
          Resource = [for p in g.prefixes : "${g.bucket}/${p}*"]
        },
        {
          Sid       = "${g.sid}List"
          Effect    = "Allow"
          Action    = "s3:ListBucket"
          Resource  = g.bucket
          Condition = { StringLike = { "s3:prefix" = [for p in g.prefixes : "${p}*"] } }
        },
        {
          Sid      = "${g.sid}Location"
          Effect   = "Allow"
          Action   = "s3:GetBucketLocation"
          Resource = g.bucket
        },
      ]
    }) },
  )
}

# Glue job role
resource "aws_iam_role" "glue" {
  name                 = "${var.environment}-iam-glue-job"
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
  tags = { Name = "${var.environment}-iam-glue-job" }
}

resource "aws_iam_role_policy_attachment" "glue_service" {
  role       = aws_iam_role.glue.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole"
}

resource "aws_iam_role_policy" "glue" {
  for_each = local.glue_policies
  name     = each.key
  role     = aws_iam_role.glue.id
  policy   = each.value
}

# EC2 Session Manager role (tools host)
resource "aws_iam_role" "ec2_ssm" {
  name                 = "${var.environment}-iam-tools-host"
  description          = "Session Manager tools host"
  max_session_duration = 3600
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AssumeRole"
      Effect    = "Allow"
      Principal = { Service = "ec2.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
  tags = { Name = "${var.environment}-iam-tools-host" }
}

resource "aws_iam_role_policy_attachment" "ec2_ssm" {
  role       = aws_iam_role.ec2_ssm.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_role_policy" "ec2_db_secret_read" {
  name   = "db-secret-read"
  role   = aws_iam_role.ec2_ssm.id
  policy = local.db_secret_read
}

resource "aws_iam_instance_profile" "ec2_ssm" {
  name = "${var.environment}-iam-tools-host"
  role = aws_iam_role.ec2_ssm.name
  tags = { Name = "${var.environment}-iam-tools-host" }
}

output "glue_role_arn" {
  value = aws_iam_role.glue.arn
}

output "glue_role_name" {
  value = aws_iam_role.glue.name
}

output "ec2_instance_profile_name" {
  value = aws_iam_instance_profile.ec2_ssm.name
}
