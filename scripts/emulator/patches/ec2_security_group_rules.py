"""Security group rule descriptions (moto 5.2.1 gap): DescribeSecurityGroupRules reads a rule's
description only from its CIDR range, so a rule that references another security group or a prefix
list (the S3 gateway endpoint) comes back without the description it was created with, and every
re-plan of an aws_vpc_security_group_ingress/egress_rule wants to set it again.
"""
from moto.ec2.models import security_groups
from moto.ec2.models.security_groups import SecurityGroupRule


def apply() -> None:
    if not isinstance(SecurityGroupRule.__dict__.get("description"), property):
        raise RuntimeError(f"moto changed SecurityGroupRule.description; revisit {__file__}")
    init = SecurityGroupRule.__init__

    def __init__(self, *args, **kwargs) -> None:
        init(self, *args, **kwargs)
        prefix_list = kwargs.get("prefix_list_id") if "prefix_list_id" in kwargs else (args[7] if len(args) > 7 else None)
        self.prefix_list_description = (prefix_list or {}).get("Description")

    def description(self) -> str | None:
        return (self.ip_range.get("Description") or self.source_group.get("Description")
                or getattr(self, "prefix_list_description", None))

    SecurityGroupRule.__init__ = __init__
    SecurityGroupRule.description = property(description)
    assert security_groups.SecurityGroupRule is SecurityGroupRule
