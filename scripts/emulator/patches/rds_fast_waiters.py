"""RDS: report the CA certificate AWS gives a new DB instance, so Terraform needs no second 80 s wait.

Why: the AWS provider (5.100) creates an aws_db_instance, waits until it is available (its waiter sleeps
60 s before the first DescribeDBInstances and then wants 3 "available" answers 10 s apart: >= 80 s, even
though moto answers "available" at once), and then compares the instance's CACertificateIdentifier with
ca_cert_identifier. moto 5.2.1 answers "rds-ca-default" for an instance created without one; the stack sets
"rds-ca-rsa2048-g1", so the provider calls ModifyDBInstance and waits another >= 80 s for the same
"available". Real RDS has given new instances rds-ca-rsa2048-g1 by default since January 2024
(https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html), so
answering that is more faithful, not less; an explicitly requested CA is still honoured. What Terraform
deploys is unchanged: the instance ends with the CA the stack asks for, the modify is just not needed.
"""
from moto.rds import models

AWS_DEFAULT_CA = "rds-ca-rsa2048-g1"
_MARK = "_glue_platform_default_ca"


def apply():
    original = models.DBInstance.__init__
    if getattr(original, _MARK, False):
        return

    def __init__(self, *args, **kwargs):
        if not kwargs.get("ca_certificate_identifier"):
            kwargs["ca_certificate_identifier"] = AWS_DEFAULT_CA
        original(self, *args, **kwargs)

    setattr(__init__, _MARK, True)
    models.DBInstance.__init__ = __init__
