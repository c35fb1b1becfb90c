variable "environment" { type = string }
variable "vpc_id" { type = string }
variable "subnets" {
  description = "AZ -> private subnet (id, cidr); one NETWORK connection per AZ"
  type        = map(object({ id = string, cidr = string }))
}
variable "security_group_ids" { type = list(string) }
variable "kms_key_arn" { type = string }
variable "role_arn" { type = string }
variable "role_name" { type = string }
variable "scripts_bucket" { type = string }
variable "lake_bucket" { type = string }
variable "scripts_dir" { type = string }
variable "log_retention_days" { type = number }
variable "settings" {
  type = object({
    glue_version      = string
    worker_type       = string
    number_of_workers = number
    timeout           = number
    max_retries       = number
    execution_class   = string
  })
}
variable "database" {
  type = object({ name = string, address = string, port = number, db_name = string, secret_arn = string })
}

locals {
  zones = sort(keys(var.subnets))

  jobs = {
    "customer-data-cleansing" = {
      script        = "1_data_cleansing.py"
      description   = "Cleanses the MySQL customers table into processed/customers/ (Parquet)"
      uses_database = true
      arguments = {
        "--SOURCE_TABLE" = "customers"
        "--TARGET_PATH"  = "s3://${var.lake_bucket}/processed/customers/"
      }
    }
    "feature-engineering" = {
      script        = "2_feature_engineering.py"
      description   = "Derives per-customer features into curated/customer_features/ (Parquet)"
      uses_database = false
      arguments = {
        "--SOURCE_PATH" = "s3://${var.lake_bucket}/processed/customers/"
        "--TARGET_PATH" = "s3://${var.lake_bucket}/curated/customer_features/"
      }
    }
  }

  # With CloudWatch encryption Glue logs to /aws-glue/jobs-<role>-<security configuration>/...
  log_streams = ["error", "logs-v2", "output"]
}

resource "aws_glue_security_configuration" "main" {
  name = "${var.environment}-glue-kms"
  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "SSE-KMS"
      kms_key_arn                = var.kms_key_arn
    }
    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = var.kms_key_arn
    }
    s3_encryption {
      s3_encryption_mode = "SSE-KMS"
      kms_key_arn        = var.kms_key_arn
    }
  }
}

resource "aws_cloudwatch_log_group" "jobs" {
  for_each          = toset(local.log_streams)
  name              = "/aws-glue/jobs-${var.role_name}-${aws_glue_security_configuration.main.name}/${each.key}"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.kms_key_arn
  tags              = { Name = "${var.environment}-glue-jobs-log-${each.key}" }
}

resource "aws_glue_catalog_database" "main" {
  name        = "${replace(var.environment, "-", "_")}_data_lake_catalog"
  description = "Data lake catalog of the ${var.environment} platform"
}

resource "aws_glue_connection" "network" {
  for_each        = var.subnets
  name            = "${var.environment}-glue-network-${each.key}"
  description     = "Places Glue ENIs in ${each.key} (private subnet ${each.value.cidr})"
  connection_type = "NETWORK"
  physical_connection_requirements {
    availability_zone      = each.key
    subnet_id              = each.value.id
    security_group_id_list = var.security_group_ids
  }
  tags = { Name = "${var.environment}-glue-network-${substr(each.key, length(each.key) - 1, 1)}" }
}

resource "aws_glue_connection" "mysql" {
  name            = "${var.environment}-glue-${var.database.name}"
  description     = "JDBC over TLS to ${var.database.name}; credentials from Secrets Manager"
  connection_type = "JDBC"
  connection_properties = {
    JDBC_CONNECTION_URL = "jdbc:mysql://${var.database.address}:${var.database.port}/${var.database.db_name}"
    SECRET_ID           = var.database.secret_arn
    JDBC_ENFORCE_SSL    = "true"
  }
  physical_connection_requirements {
    availability_zone      = local.zones[0]
    subnet_id              = var.subnets[local.zones[0]].id
    security_group_id_list = var.security_group_ids
  }
  tags = { Name = "${var.environment}-glue-${var.database.name}" }
}

resource "aws_s3_object" "scripts" {
  for_each               = local.jobs
  bucket                 = var.scripts_bucket
  key                    = "scripts/${each.value.script}"
  # The drivers live in one folder per job (glue-scripts/<job>/) since the job folders; the key is unchanged.
  source                 = "${var.scripts_dir}/${each.key}/${each.value.script}"
  source_hash            = filesha256("${var.scripts_dir}/${each.key}/${each.value.script}")
  content_type           = "text/x-python"
  server_side_encryption = "aws:kms"
  kms_key_id             = var.kms_key_arn
}

resource "aws_glue_job" "jobs" {
  for_each               = local.jobs
  name                   = "${var.environment}-${each.key}"
  description            = each.value.description
  role_arn               = var.role_arn
  glue_version           = var.settings.glue_version
  worker_type            = var.settings.worker_type
  number_of_workers      = var.settings.number_of_workers
  timeout                = var.settings.timeout
  max_retries            = var.settings.max_retries
  execution_class        = var.settings.execution_class
  security_configuration = aws_glue_security_configuration.main.name

  command {
    name            = "glueetl"
    python_version  = "3"
    script_location = "s3://${var.scripts_bucket}/scripts/${each.value.script}"
  }

  execution_property {
    max_concurrent_runs = 1
  }

  # NETWORK connections place the ENIs (the vpc_config fix); the JDBC connection is read by name.
  connections = concat(
    [for az in local.zones : aws_glue_connection.network[az].name],
    each.value.uses_database ? [aws_glue_connection.mysql.name] : [],
  )

  default_arguments = merge(
    {
      "--job-language"                     = "python"
      "--TempDir"                          = "s3://${var.scripts_bucket}/temp/${each.key}/"
      "--enable-metrics"                   = "true"
      "--enable-observability-metrics"     = "true"
      "--enable-continuous-cloudwatch-log" = "true"
      "--enable-spark-ui"                  = "true"
      "--spark-event-logs-path"            = "s3://${var.scripts_bucket}/spark-logs/${each.key}/"
      "--job-bookmark-option"              = "job-bookmark-enable"
      "--enable-glue-datacatalog"          = "true"
    },
    each.value.arguments,
    each.value.uses_database ? { "--SOURCE_CONNECTION" = aws_glue_connection.mysql.name } : {},
  )

  tags = { Name = "${var.environment}-glue-${each.key}" }
}

output "job_names" {
  value = [for k, j in aws_glue_job.jobs : j.name]
}
