variable "create" {
  type    = bool
  default = true
}
variable "name" { type = string }
variable "subnet_ids" { type = list(string) }

resource "aws_db_subnet_group" "this" {
  count       = var.create ? 1 : 0
  name        = var.name
  description = "Private subnets of the dev database"
  subnet_ids  = var.subnet_ids
  tags        = { Name = var.name }
}

output "name" {
  value = try(aws_db_subnet_group.this[0].name, null)
}
