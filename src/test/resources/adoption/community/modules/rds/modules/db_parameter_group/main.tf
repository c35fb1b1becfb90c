variable "create" {
  type    = bool
  default = true
}
variable "name" { type = string }

resource "aws_db_parameter_group" "this" {
  count       = var.create ? 1 : 0
  name        = var.name
  family      = "mysql8.0"
  description = "MySQL with TLS required and slow query log"
  dynamic "parameter" {
    for_each = { require_secure_transport = "1", slow_query_log = "1", long_query_time = "2", log_output = "FILE" }
    content {
      name         = parameter.key
      value        = parameter.value
      apply_method = "pending-reboot"
    }
  }
  tags = { Name = var.name }
}

output "name" {
  value = try(aws_db_parameter_group.this[0].name, null)
}
