variable "environment" {
  description = "Environment name; prefixes every resource name (dev, prod)"
  type        = string
}

variable "account_id" {
  description = "The 12-digit AWS account; scopes ARNs and guards against applying with other credentials"
  type        = string
}

variable "region" {
  type = string
}

variable "availability_zones" {
  description = "Two or more AZs of the region, in subnet order"
  type        = list(string)
}

variable "name_prefix" {
  description = "Prefix of globally unique names (buckets)"
  type        = string
  default     = "glueplat"
}

variable "vpc_cidr" {
  type = string
}

variable "public_subnet_cidrs" {
  description = "One per availability zone"
  type        = list(string)
}

variable "private_subnet_cidrs" {
  description = "One per availability zone"
  type        = list(string)
}

variable "single_nat_gateway" {
  description = "One NAT gateway in the first AZ (true) or one per AZ (false)"
  type        = bool
  default     = true
}

variable "interface_endpoints" {
  description = "Interface VPC endpoints (Session Manager needs ssm, ssmmessages, ec2messages)"
  type        = list(string)
  default     = ["ssm", "ssmmessages", "ec2messages"]
}

variable "log_retention_days" {
  type    = number
  default = 30
}

variable "tags" {
  description = "Provider default_tags"
  type        = map(string)
  default     = {}
}

variable "force_destroy_buckets" {
  type    = bool
  default = false
}

variable "noncurrent_version_expiration_days" {
  type    = number
  default = 90
}

variable "database" {
  type = object({
    identifier              = optional(string, "mysql")
    engine_version          = optional(string, "8.0")
    instance_class          = optional(string, "db.t3.micro")
    allocated_storage       = optional(number, 20)
    max_allocated_storage   = optional(number, 100)
    multi_az                = optional(bool, false)
    backup_retention_period = optional(number, 7)
    deletion_protection     = optional(bool, true)
    skip_final_snapshot     = optional(bool, false)
    db_name                 = optional(string, "customers")
    username                = optional(string, "dbadmin")
  })
  default = {}
}

variable "tools_host" {
  type = object({
    instance_type    = optional(string, "t3.micro")
    ami              = optional(string, "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64")
    root_volume_size = optional(number, 20)
    root_device_name = optional(string, "/dev/xvda")
  })
  default = {}
}

variable "glue" {
  type = object({
    glue_version      = optional(string, "4.0")
    worker_type       = optional(string, "G.1X")
    number_of_workers = optional(number, 2)
    timeout           = optional(number, 60)
    max_retries       = optional(number, 0)
    execution_class   = optional(string, "STANDARD")
  })
  default = {}
}
