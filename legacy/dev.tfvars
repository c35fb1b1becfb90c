# The dev environment, the same values as environments/dev.json of the CDKTF program.
environment        = "dev"
account_id         = "123456789012"
region             = "us-east-2"
availability_zones = ["us-east-2a", "us-east-2b"]
name_prefix        = "glueplat"

vpc_cidr             = "10.0.0.0/16"
public_subnet_cidrs  = ["10.0.1.0/24", "10.0.2.0/24"]
private_subnet_cidrs = ["10.0.10.0/24", "10.0.20.0/24"]
single_nat_gateway   = true
interface_endpoints  = ["ssm", "ssmmessages", "ec2messages"]

log_retention_days                 = 14
force_destroy_buckets              = true
noncurrent_version_expiration_days = 90

# The program's common tags (Project, Environment, ManagedBy) plus environments/dev.json "tags".
# A deployment whose default_tags differ gets a tags-only in-place update on migration; see
# docs/migration.md ("Tags").
tags = {
  Project     = "glue-platform"
  Environment = "dev"
  ManagedBy   = "cdktf"
  Owner       = "data-platform"
  CostCenter  = "data-dev"
}

database = {
  instance_class          = "db.t3.micro"
  backup_retention_period = 1
  deletion_protection     = false
  skip_final_snapshot     = true
}

tools_host = {
  instance_type = "t3.micro"
}

glue = {
  number_of_workers = 2
  max_retries       = 0
}
