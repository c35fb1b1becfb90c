output "vpc_id" {
  value = module.vpc.vpc_id
}

output "database_endpoint" {
  value = module.rds.address
}

output "database_secret_arn" {
  value = module.rds.secret_arn
}

output "lake_bucket" {
  value = module.storage.bucket_ids["lake"]
}

output "scripts_bucket" {
  value = module.storage.bucket_ids["scripts"]
}

output "glue_job_names" {
  value = module.glue_pipeline.job_names
}

output "ec2_instance_id" {
  value = module.ec2.instance_id
}
