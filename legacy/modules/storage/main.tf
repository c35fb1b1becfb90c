variable "environment" { type = string }
variable "account_id" { type = string }
variable "region" { type = string }
variable "name_prefix" { type = string }
variable "kms_key_arn" { type = string }
variable "force_destroy" { type = bool }
variable "noncurrent_version_expiration_days" { type = number }
variable "deny_insecure_transport" {
  description = "Deny every non-TLS request in each bucket policy. Only the emulator turns this off (see ../../emulator.tf)."
  type        = bool
  default     = true
}

locals {
  common_rules = [
    { id = "abort-incomplete-multipart-uploads", prefix = "", abort_days = 7 },
    { id = "expire-noncurrent-versions", prefix = "", noncurrent_days = var.noncurrent_version_expiration_days },
  ]

  # purpose -> settings. access-logs receives the S3 server access logs of the other three.
  buckets = {
    "access-logs" = {
      kms   = false
      rules = concat(local.common_rules, [{ id = "expire-access-logs", prefix = "", expiration_days = 365 }])
    }
    "lake" = {
      kms = true
      rules = concat(local.common_rules, [
        { id = "raw-to-infrequent-access", prefix = "raw/", transitions = [{ days = 30, storage_class = "STANDARD_IA" }, { days = 90, storage_class = "GLACIER_IR" }] },
        { id = "processed-to-infrequent-access", prefix = "processed/", transitions = [{ days = 60, storage_class = "STANDARD_IA" }] },
        { id = "expire-logs-zone", prefix = "logs/", expiration_days = 365 },
      ])
    }
    "scripts" = {
      kms = true
      rules = concat(local.common_rules, [
        { id = "expire-temp", prefix = "temp/", expiration_days = 7, noncurrent_days = 1 },
        { id = "expire-spark-logs", prefix = "spark-logs/", expiration_days = 30, noncurrent_days = 1 },
      ])
    }
    "outputs" = {
      kms   = true
      rules = local.common_rules
    }
  }
  logged_buckets = { for k, v in local.buckets : k => v if k != "access-logs" }

  policy_statements = { for k, v in local.buckets : k => concat(
    var.deny_insecure_transport ? [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = { AWS = "*" }
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.this[k].arn, "${aws_s3_bucket.this[k].arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }] : [],
    k == "access-logs" ? [{
      Sid       = "S3ServerAccessLogDelivery"
      Effect    = "Allow"
      Principal = { Service = "logging.s3.amazonaws.com" }
      Action    = "s3:PutObject"
      Resource  = "${aws_s3_bucket.this[k].arn}/*"
      Condition = { StringEquals = { "aws:SourceAccount" = var.account_id } }
    }] : [],
  ) }
}

resource "aws_s3_bucket" "this" {
  for_each      = local.buckets
  bucket        = "${var.name_prefix}-${var.environment}-${each.key}-${var.account_id}-${var.region}"
  force_destroy = var.force_destroy
  tags          = { Name = "${var.environment}-s3-${each.key}-this" }
}

resource "aws_s3_bucket_public_access_block" "this" {
  for_each                = local.buckets
  bucket                  = aws_s3_bucket.this[each.key].id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "this" {
  for_each = local.buckets
  bucket   = aws_s3_bucket.this[each.key].id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_versioning" "this" {
  for_each = local.buckets
  bucket   = aws_s3_bucket.this[each.key].id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  for_each = local.buckets
  bucket   = aws_s3_bucket.this[each.key].id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = each.value.kms ? "aws:kms" : "AES256"
      kms_master_key_id = each.value.kms ? var.kms_key_arn : null
    }
    bucket_key_enabled = each.value.kms
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "this" {
  for_each = local.buckets
  bucket   = aws_s3_bucket.this[each.key].id

  dynamic "rule" {
    for_each = each.value.rules
    content {
      id     = rule.value.id
      status = "Enabled"
      filter {
        prefix = rule.value.prefix
      }
      dynamic "abort_incomplete_multipart_upload" {
        for_each = lookup(rule.value, "abort_days", null) == null ? [] : [rule.value.abort_days]
        content {
          days_after_initiation = abort_incomplete_multipart_upload.value
        }
      }
      dynamic "expiration" {
        for_each = lookup(rule.value, "expiration_days", null) == null ? [] : [rule.value.expiration_days]
        content {
          days = expiration.value
        }
      }
      dynamic "noncurrent_version_expiration" {
        for_each = lookup(rule.value, "noncurrent_days", null) == null ? [] : [rule.value.noncurrent_days]
        content {
          noncurrent_days = noncurrent_version_expiration.value
        }
      }
      dynamic "transition" {
        for_each = lookup(rule.value, "transitions", [])
        content {
          days          = transition.value.days
          storage_class = transition.value.storage_class
        }
      }
    }
  }
}

resource "aws_s3_bucket_logging" "this" {
  for_each      = local.logged_buckets
  bucket        = aws_s3_bucket.this[each.key].id
  target_bucket = aws_s3_bucket.this["access-logs"].id
  target_prefix = "${each.key}/"
  # S3 refuses a logging target whose policy does not yet admit logging.s3.amazonaws.com.
  depends_on = [aws_s3_bucket_policy.this]
}

resource "aws_s3_bucket_policy" "this" {
  # A bucket whose policy would have no statement (only on the emulator) gets none.
  for_each = { for k, v in local.buckets : k => v if length(local.policy_statements[k]) > 0 }
  bucket   = aws_s3_bucket.this[each.key].id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = local.policy_statements[each.key]
  })
}

output "bucket_ids" {
  value = { for k, b in aws_s3_bucket.this : k => b.id }
}

output "bucket_arns" {
  value = { for k, b in aws_s3_bucket.this : k => b.arn }
}
