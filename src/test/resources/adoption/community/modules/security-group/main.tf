variable "create" {
  type    = bool
  default = true
}
variable "name" { type = string }
variable "description" { type = string }
variable "vpc_id" { type = string }
variable "ingress" {
  description = "rule name -> port, source security group, description"
  type        = map(object({ port = number, source_security_group_id = string, description = string }))
}

resource "aws_security_group" "this" {
  count       = var.create ? 1 : 0
  name        = var.name
  description = var.description
  vpc_id      = var.vpc_id
  tags        = { Name = var.name }
}

resource "aws_vpc_security_group_ingress_rule" "this" {
  for_each                     = var.create ? var.ingress : {}
  security_group_id            = aws_security_group.this[0].id
  description                  = each.value.description
  ip_protocol                  = "tcp"
  from_port                    = each.value.port
  to_port                      = each.value.port
  referenced_security_group_id = each.value.source_security_group_id
  tags                         = { Name = "${var.name}-${each.key}" }
}

output "security_group_id" {
  value = try(aws_security_group.this[0].id, null)
}
