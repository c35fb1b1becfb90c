variable "create_role" {
  type    = bool
  default = true
}
variable "role_name" { type = string }
variable "description" { type = string }
variable "service" { type = string }

resource "aws_iam_role" "this" {
  count                = var.create_role ? 1 : 0
  name                 = var.role_name
  description          = var.description
  max_session_duration = 3600
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AssumeRole"
      Effect    = "Allow"
      Principal = { Service = var.service }
      Action    = "sts:AssumeRole"
    }]
  })
  tags = { Name = var.role_name }
}
