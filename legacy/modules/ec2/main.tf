variable "environment" { type = string }
variable "region" { type = string }
variable "vpc_id" { type = string }
variable "subnet_id" { type = string }
variable "kms_key_arn" { type = string }
variable "instance_profile_name" { type = string }
variable "settings" {
  type = object({
    instance_type    = string
    ami              = string
    root_volume_size = number
    root_device_name = string
  })
}
variable "database" {
  type = object({ address = string, port = number, name = string, secret_arn = string })
}

# Session Manager only: no inbound rule, no key pair.
resource "aws_security_group" "tools" {
  name        = "${var.environment}-tools-host-sg-this"
  description = "Tools host: no inbound; Session Manager and the database outbound"
  vpc_id      = var.vpc_id
  tags        = { Name = "${var.environment}-tools-host-sg-this" }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_egress_rule" "tools_https" {
  security_group_id = aws_security_group.tools.id
  description       = "HTTPS to AWS APIs and package repositories"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
  tags              = { Name = "${var.environment}-tools-host-sg-out-https" }
}

# Image and encrypted root volume (aws_instance cannot set a KMS key on an SSM-resolved image).
resource "aws_launch_template" "tools" {
  name                   = "${var.environment}-ec2-tools-host"
  description            = "Tools host image and encrypted root volume"
  image_id               = var.settings.ami
  update_default_version = true

  block_device_mappings {
    device_name = var.settings.root_device_name
    ebs {
      volume_size           = var.settings.root_volume_size
      volume_type           = "gp3"
      encrypted             = "true"
      kms_key_id            = var.kms_key_arn
      delete_on_termination = "true"
    }
  }

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }

  tags = { Name = "${var.environment}-ec2-tools-host" }
}

resource "aws_instance" "tools" {
  instance_type               = var.settings.instance_type
  subnet_id                   = var.subnet_id
  vpc_security_group_ids      = [aws_security_group.tools.id]
  iam_instance_profile        = var.instance_profile_name
  associate_public_ip_address = false
  ebs_optimized               = true

  launch_template {
    id      = aws_launch_template.tools.id
    version = aws_launch_template.tools.latest_version
  }

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
    instance_metadata_tags      = "disabled"
  }

  user_data = templatefile("${path.module}/user_data.sh.tftpl", {
    region     = var.region
    secret_arn = var.database.secret_arn
    db_address = var.database.address
    db_port    = var.database.port
    db_name    = var.database.name
  })

  tags        = { Name = "${var.environment}-ec2-tools-host" }
  volume_tags = { Name = "${var.environment}-ec2-tools-host" }
}

output "instance_id" {
  value = aws_instance.tools.id
}

output "security_group_id" {
  value = aws_security_group.tools.id
}
