variable "create" {
  type    = bool
  default = true
}
variable "description" { type = string }
variable "aliases" { type = list(string) }
variable "account_id" { type = string }

resource "aws_kms_key" "this" {
  count                   = var.create ? 1 : 0
  description             = var.description
  deletion_window_in_days = 30
  enable_key_rotation     = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountAdministersKeyThroughIam"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${var.account_id}:root" }
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
          ArnLike = { "kms:EncryptionContext:aws:logs:arn" = "arn:aws:logs:us-east-2:${var.account_id}:log-group:*" }
        }
      },
    ]
  })
  tags = { Name = "dev-kms-this" }
}

resource "aws_kms_alias" "this" {
  for_each      = { for alias in var.aliases : alias => alias if var.create }
  name          = "alias/${each.value}"
  target_key_id = aws_kms_key.this[0].key_id
}

output "key_arn" {
  value = try(aws_kms_key.this[0].arn, null)
}
